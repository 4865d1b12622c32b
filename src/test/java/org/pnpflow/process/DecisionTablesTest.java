package org.pnpflow.process;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee schedule and the triage tables of processes/, row by row: inputs and the
 * outputs an analyst expects from them. The points grid's values are checked in
 * {@code PointsGridTest}; here only that each of its tables scores every input.
 */
class DecisionTablesTest {

	static DmnEngine dmn;

	static List<DmnDecision> fees;

	static List<DmnDecision> triage;

	static List<DmnDecision> points;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		fees = parse("/processes/fee-schedule.dmn");
		triage = parse("/processes/triage.dmn");
		points = parse("/processes/points-grid.dmn");
	}

	@ParameterizedTest(name = "{0} received {1}: fee {2}")
	@CsvSource(nullValues = "-", textBlock = """
			INTERNATIONAL_GRADUATE,       2026-11-22, 1500.00
			SKILLED_WORKER,               2026-11-22, 1500.00
			EXPRESS_ENTRY_SKILLED_WORKER, 2026-11-22, 1500.00
			FAMILY_CONNECTIONS,           2026-11-22, 1500.00
			ENTREPRENEUR,                 2026-11-22, 3500.00
			SKILLED_WORKER,               2024-04-01, 1500.00
			SKILLED_WORKER,               2024-03-31, 1150.00
			FAMILY_CONNECTIONS,           2021-04-01, 1150.00
			ENTREPRENEUR,                 2024-03-31, 2500.00
			ENTREPRENEUR,                 2024-04-01, 3500.00
			INTERNATIONAL_GRADUATE,       2021-03-31, -
			ASTRONAUT,                    2026-11-22, -
			""")
	void feeInForceOnTheDateOfReceipt(String stream, String receivedOn, String fee) {
		DmnDecisionResult result = dmn.evaluateDecision(decision(fees, "FeeSchedule"),
				Variables.createVariables().putValue("stream", stream).putValue("receivedOn", receivedOn));
		if (fee == null) {
			assertThat(result).isEmpty();
		}
		else {
			assertThat(result.getFirstResult().<String>getEntry("fee")).isEqualTo(fee);
		}
	}

	@ParameterizedTest(name = "{0}, permit {1} days: {3}/{4}, flags {5}")
	@CsvSource(delimiter = ';', nullValues = "-",
			textBlock = """
					SKILLED_WORKER;               99999; 0; false; NORMAL; 50; -
					SKILLED_WORKER;               60;    0; false; HIGH;   80; WORK_PERMIT_EXPIRING
					SKILLED_WORKER;               -10;   0; false; HIGH;   80; WORK_PERMIT_EXPIRING
					SKILLED_WORKER;               91;    0; false; NORMAL; 50; -
					FAMILY_CONNECTIONS;           99999; 2; false; NORMAL; 50; PRIOR_APPLICATION
					INTERNATIONAL_GRADUATE;       99999; 0; true;  NORMAL; 50; REPRESENTATIVE_WATCH_LIST
					ENTREPRENEUR;                 99999; 0; false; LOW;    20; SITE_VISIT
					ENTREPRENEUR;                 30;    1; true;  HIGH;   80; WORK_PERMIT_EXPIRING PRIOR_APPLICATION REPRESENTATIVE_WATCH_LIST SITE_VISIT
					""")
	void triageSetsPriorityAndFlags(String stream, long workPermitDaysLeft, long priorApplications, boolean watchListed,
			String priority, int taskPriority, String flags) {
		var inputs = Variables.createVariables()
			.putValue("stream", stream)
			.putValue("workPermitDaysLeft", workPermitDaysLeft)
			.putValue("priorApplications", priorApplications)
			.putValue("representativeWatchListed", watchListed);
		DmnDecisionResult level = dmn.evaluateDecision(decision(triage, "TriagePriority"), inputs);
		assertThat(level.getFirstResult().<String>getEntry("priority")).isEqualTo(priority);
		assertThat(((Number) level.getFirstResult().getEntry("taskPriority")).intValue()).isEqualTo(taskPriority);
		List<String> raised = new ArrayList<>();
		for (DmnDecisionResultEntries row : dmn.evaluateDecision(decision(triage, "TriageFlags"), inputs)) {
			raised.add((String) row.get("flag"));
		}
		assertThat(raised).containsExactlyInAnyOrder(flags == null ? new String[0] : flags.split(" "));
	}

	@ParameterizedTest(name = "{0} scores every {1} and a missing one")
	@CsvSource(textBlock = """
			PointsAge,        age
			PointsLanguage,   languageBenchmark
			PointsExperience, experienceYears
			""")
	void pointsGridScoresEveryNumber(String key, String input) {
		List<Integer> values = new ArrayList<>(IntStream.rangeClosed(-1, 120).boxed().toList());
		values.add(null);
		for (Integer value : values) {
			assertScoresOnce(key, input, value);
		}
	}

	@ParameterizedTest(name = "{0} scores {2} and a missing {1}")
	@CsvSource(
			textBlock = """
					PointsEducation,  educationLevel,       NONE SECONDARY ONE_YEAR_POST_SECONDARY TWO_YEAR_POST_SECONDARY BACHELOR TWO_OR_MORE_CREDENTIALS MASTER DOCTORATE
					PointsConnection, provincialConnection, NONE RELATIVE STUDIED WORKED
					""")
	void pointsGridScoresEveryCode(String key, String input, String codes) {
		for (String code : codes.split(" ")) {
			assertScoresOnce(key, input, code);
		}
		assertScoresOnce(key, input, null);
	}

	@Test
	void pointsGridScoresAJobOfferOrNone() {
		for (Boolean jobOffer : new Boolean[] { true, false, null }) {
			assertScoresOnce("PointsJobOffer", "jobOffer", jobOffer);
		}
	}

	/** Exactly one row matches (the tables' hit policy is unique) and it gives points. */
	private static void assertScoresOnce(String key, String input, Object value) {
		DmnDecisionResult result = dmn.evaluateDecision(decision(points, key),
				Variables.createVariables().putValue(input, value));
		assertThat(result).as("%s for %s = %s", key, input, value).hasSize(1);
		assertThat(result.getSingleResult().<Object>getEntry("points")).as("%s for %s = %s", key, input, value)
			.isInstanceOf(Integer.class);
	}

	private static List<DmnDecision> parse(String resource) throws Exception {
		try (InputStream table = DecisionTablesTest.class.getResourceAsStream(resource)) {
			return dmn.parseDecisions(table);
		}
	}

	private static DmnDecision decision(List<DmnDecision> decisions, String key) {
		return decisions.stream().filter((decision) -> decision.getKey().equals(key)).findFirst().orElseThrow();
	}

}
