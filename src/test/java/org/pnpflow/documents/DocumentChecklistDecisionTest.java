package org.pnpflow.documents;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code DocumentChecklist} table of processes/document-checklist.dmn, row by row:
 * what each stream requires, and what an accompanying spouse or being in Canada adds.
 */
class DocumentChecklistDecisionTest {

	static DmnDecision checklist;

	static DmnEngine dmn;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = DocumentChecklistDecisionTest.class
			.getResourceAsStream("/processes/document-checklist.dmn")) {
			checklist = dmn.parseDecision("DocumentChecklist", table);
		}
	}

	@ParameterizedTest(name = "{0}, spouse {1}, in Canada {2}")
	@CsvSource(delimiter = ';',
			textBlock = """
					INTERNATIONAL_GRADUATE;       false; false; PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST DEGREE_CERTIFICATE JOB_OFFER EMPLOYER_DECLARATION
					SKILLED_WORKER;               false; false; PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST EDUCATION_CREDENTIAL_ASSESSMENT JOB_OFFER EMPLOYER_DECLARATION
					EXPRESS_ENTRY_SKILLED_WORKER; false; false; PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST EDUCATION_CREDENTIAL_ASSESSMENT EXPRESS_ENTRY_PROFILE JOB_OFFER EMPLOYER_DECLARATION PROOF_OF_FUNDS
					FAMILY_CONNECTIONS;           false; false; PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST EDUCATION_CREDENTIAL_ASSESSMENT PROOF_OF_RELATIONSHIP PROOF_OF_FUNDS
					ENTREPRENEUR;                 false; false; PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST BUSINESS_PLAN PROOF_OF_FUNDS
					SKILLED_WORKER;               true;  false; PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST EDUCATION_CREDENTIAL_ASSESSMENT JOB_OFFER EMPLOYER_DECLARATION SPOUSE_PASSPORT
					INTERNATIONAL_GRADUATE;       false; true;  PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST DEGREE_CERTIFICATE JOB_OFFER EMPLOYER_DECLARATION WORK_PERMIT
					ENTREPRENEUR;                 true;  true;  PASSPORT POLICE_CERTIFICATE LANGUAGE_TEST BUSINESS_PLAN PROOF_OF_FUNDS SPOUSE_PASSPORT WORK_PERMIT
					""")
	void eachStreamRequiresItsDocuments(String stream, boolean spouse, boolean inCanada, String expected) {
		assertThat(required(stream, spouse, inCanada).keySet()).isEqualTo(new TreeSet<>(Set.of(expected.split(" "))));
	}

	@ParameterizedTest(name = "{0}: valid {1} months, at most {2} months old")
	@CsvSource(nullValues = "-", textBlock = """
			PASSPORT,                        6, -
			SPOUSE_PASSPORT,                 6, -
			WORK_PERMIT,                     3, -
			POLICE_CERTIFICATE,              -, 6
			LANGUAGE_TEST,                   -, 24
			EDUCATION_CREDENTIAL_ASSESSMENT, -, 60
			EMPLOYER_DECLARATION,            -, 6
			JOB_OFFER,                       -, -
			""")
	void validityRules(String documentType, Integer minimumValidityMonths, Integer maximumAgeMonths) {
		Map<String, List<Integer>> rules = new LinkedHashMap<>();
		rules.putAll(required("SKILLED_WORKER", true, true));
		List<Integer> rule = rules.get(documentType);
		assertThat(rule).as("rule of %s", documentType).containsExactly(minimumValidityMonths, maximumAgeMonths);
	}

	private static Map<String, List<Integer>> required(String stream, boolean spouse, boolean inCanada) {
		Map<String, List<Integer>> rows = new java.util.TreeMap<>();
		for (DmnDecisionResultEntries row : dmn.evaluateDecision(checklist,
				Variables.createVariables()
					.putValue("stream", stream)
					.putValue("accompanyingSpouse", spouse)
					.putValue("inCanada", inCanada))) {
			rows.put((String) row.get("documentType"), java.util.Arrays
				.asList(asInteger(row.get("minimumValidityMonths")), asInteger(row.get("maximumAgeMonths"))));
		}
		return rows;
	}

	private static Integer asInteger(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

}
