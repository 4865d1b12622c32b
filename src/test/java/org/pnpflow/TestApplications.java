package org.pnpflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applications as the e-filing portal would submit them, complete unless a test takes
 * something away.
 */
public final class TestApplications {

	private TestApplications() {
	}

	/**
	 * A complete Skilled Worker application, paid in full, with every document the
	 * checklist asks for.
	 */
	public static Map<String, Object> skilledWorker() {
		String passport = randomPassport();
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("submissionId", "portal-" + UUID.randomUUID());
		application.put("stream", "SKILLED_WORKER");
		application.put("channel", "PORTAL");
		application.put("applicant", applicant("Okafor", "Chidinma", randomBirthDate(), "NG", passport, "EN"));
		application.put("accompanyingSpouse", false);
		application.put("inCanada", false);
		application.put("occupationCode", "21231");
		application.put("humanCapital", humanCapital("BACHELOR", 8, 4, "NONE"));
		application.put("employer",
				Map.of("legalName", "Northern Lights Software Inc.", "businessNumber", "123456789", "address",
						"100 King Street, Suite 400", "contactName", "Pat Morrison", "contactPhone", "+1 416 555 0100",
						"contactEmail", "hr@northernlights.example"));
		application.put("documents",
				new ArrayList<>(List.of(document("PASSPORT", "2022-01-10", "2032-01-09", passport),
						document("POLICE_CERTIFICATE", recent(2), null, "PC-88812"),
						document("LANGUAGE_TEST", recent(5), null, "IELTS-5521"),
						document("EDUCATION_CREDENTIAL_ASSESSMENT", recent(10), null, "WES-4410"),
						document("JOB_OFFER", recent(1), null, null),
						document("EMPLOYER_DECLARATION", recent(1), null, null))));
		application.put("payment", new LinkedHashMap<>(Map.of("method", "CARD", "amount", "1500.00", "currency", "CAD",
				"payer", "Chidinma Okafor", "reference", "TXN-" + UUID.randomUUID().toString().substring(0, 8))));
		return application;
	}

	/** An Entrepreneur application: no employer, a site visit. */
	public static Map<String, Object> entrepreneur() {
		Map<String, Object> application = skilledWorker();
		application.put("stream", "ENTREPRENEUR");
		application.remove("employer");
		application.remove("occupationCode");
		String passport = randomPassport();
		application.put("applicant", applicant("Nguyen", "Thi Lan", randomBirthDate(), "VN", passport, "FR"));
		application.put("documents", new ArrayList<>(List.of(document("PASSPORT", "2023-05-01", "2033-04-30", passport),
				document("POLICE_CERTIFICATE", recent(2), null, "PC-1"),
				document("LANGUAGE_TEST", recent(3), null, "TEF-1"), document("BUSINESS_PLAN", recent(1), null, null),
				document("PROOF_OF_FUNDS", recent(1), null, null))));
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) application.get("payment");
		payment.put("amount", "3500.00");
		return application;
	}

	/** What the points grid scores; the job offer comes from the employer block. */
	public static Map<String, Object> humanCapital(String education, int languageBenchmark, int experienceYears,
			String connection) {
		Map<String, Object> humanCapital = new LinkedHashMap<>();
		humanCapital.put("educationLevel", education);
		humanCapital.put("languageBenchmark", languageBenchmark);
		humanCapital.put("experienceYears", experienceYears);
		humanCapital.put("provincialConnection", connection);
		return humanCapital;
	}

	public static Map<String, Object> applicant(String family, String given, String born, String country,
			String passport, String language) {
		Map<String, Object> applicant = new LinkedHashMap<>();
		applicant.put("familyName", family);
		applicant.put("givenNames", given);
		applicant.put("dateOfBirth", born);
		applicant.put("countryOfCitizenship", country);
		applicant.put("passportNumber", passport);
		applicant.put("email", given.toLowerCase().replace(' ', '.') + "@mail.example");
		applicant.put("phone", "+234 800 555 0101");
		applicant.put("address", "12 Adeola Street, Lagos");
		applicant.put("preferredLanguage", language);
		return applicant;
	}

	public static Map<String, Object> document(String type, String issued, String expires, String number) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("documentType", type);
		document.put("issuedOn", issued);
		if (expires != null) {
			document.put("expiresOn", expires);
		}
		if (number != null) {
			document.put("documentNumber", number);
		}
		return document;
	}

	/** Removes the documents of the given type, to make the application incomplete. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> without(Map<String, Object> application, String documentType) {
		((List<Map<String, Object>>) application.get("documents"))
			.removeIf((document) -> documentType.equals(document.get("documentType")));
		return application;
	}

	/**
	 * Each application a different person, so that program-records checks find no earlier
	 * file.
	 */
	public static String randomPassport() {
		return "P" + String.format("%08d", RANDOM.nextInt(100_000_000));
	}

	private static String randomBirthDate() {
		return LocalDate.of(1960, 1, 1).plusDays(RANDOM.nextInt(12_000)).toString();
	}

	private static final java.util.Random RANDOM = new java.util.Random();

	private static String recent(int monthsAgo) {
		return LocalDate.now().minusMonths(monthsAgo).toString();
	}

}
