package org.pnpflow.registers;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares the names an application gives with the names a register holds, the way a
 * careful clerk would: without regard to case, accents, punctuation and spacing, and for
 * businesses without the legal form at the end ("Inc.", "Ltd.", "Ltée").
 */
final class Names {

	private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "incorporee", "corp", "corporation",
			"co", "company", "cie", "compagnie", "ltd", "limited", "ltee", "limitee", "llc", "llp", "lp", "ulc", "plc",
			"senc", "sencrl", "srl", "enr", "sa");

	private Names() {
	}

	/**
	 * The name in lower case without accents, apostrophes and periods, any other
	 * punctuation read as a space, "&amp;" read as "and", and spaces collapsed.
	 */
	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("['’`.]", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.trim();
	}

	/** The normalised name of a business, without the legal form at its end. */
	static String business(String name) {
		List<String> words = words(name);
		int end = words.size();
		while (end > 1 && LEGAL_FORMS.contains(words.get(end - 1))) {
			end--;
		}
		return String.join(" ", words.subList(0, end));
	}

	static boolean sameBusiness(String one, String other) {
		return !business(one).isEmpty() && business(one).equals(business(other));
	}

	/** The same person's name, possibly with the names in another order. */
	static boolean samePerson(String one, String other) {
		List<String> mine = words(one);
		List<String> theirs = words(other);
		return !mine.isEmpty() && mine.stream().sorted().toList().equals(theirs.stream().sorted().toList());
	}

	static boolean sameFamilyName(String one, String other) {
		return !normalise(one).isEmpty() && normalise(one).equals(normalise(other));
	}

	private static List<String> words(String name) {
		String normalised = normalise(name);
		return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
	}

}
