package org.pnpflow.registers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The registers the program keeps, as the API names them, and how each writes its
 * references: compared and stored in capitals, without spaces or punctuation, so "123 456
 * 789" finds "123456789".
 */
enum Register {

	EMPLOYERS("employers", "employer register", "businessNumber", "business number") {
		@Override
		String normalise(String reference) {
			String compact = super.normalise(reference);
			// a program account (123456789 RT 0001) belongs to the business of its first
			// 9
			// digits
			return compact.matches("\\d{9}[A-Z]{2}\\d{4}") ? compact.substring(0, 9) : compact;
		}

		@Override
		String referenceProblem(String normalised) {
			return normalised.matches("\\d{9}") ? null : "must be the 9 digits of a business number";
		}
	},

	REPRESENTATIVES("representatives", "representative register", "licenceNumber", "licence number") {
		@Override
		String referenceProblem(String normalised) {
			return lettersAndDigits(normalised, 40);
		}
	},

	EDUCATION_CREDENTIALS("education-credentials", "education credential register", "reference",
			"education credential assessment reference") {
		@Override
		String referenceProblem(String normalised) {
			return lettersAndDigits(normalised, 60);
		}
	};

	private final String path;

	private final String title;

	private final String referenceColumn;

	private final String referenceName;

	Register(String path, String title, String referenceColumn, String referenceName) {
		this.path = path;
		this.title = title;
		this.referenceColumn = referenceColumn;
		this.referenceName = referenceName;
	}

	static Optional<Register> ofPath(String path) {
		return Arrays.stream(values()).filter((register) -> register.path.equals(path)).findFirst();
	}

	/** How the API names the register: {@code /api/registers/{path}}. */
	String path() {
		return this.path;
	}

	/** The register in a sentence: "the employer register". */
	String title() {
		return this.title;
	}

	/** The name of the reference in JSON and CSV. */
	String referenceColumn() {
		return this.referenceColumn;
	}

	/** The reference in a sentence: "business number". */
	String referenceName() {
		return this.referenceName;
	}

	/** The reference as the register stores it. */
	String normalise(String reference) {
		return reference == null ? "" : reference.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	/** What is wrong with a normalised reference, or null when it can be stored. */
	abstract String referenceProblem(String normalised);

	private static String lettersAndDigits(String normalised, int maxLength) {
		if (normalised.isEmpty()) {
			return "is required (letters and digits)";
		}
		return normalised.length() <= maxLength ? null : "must have at most " + maxLength + " letters and digits";
	}

}
