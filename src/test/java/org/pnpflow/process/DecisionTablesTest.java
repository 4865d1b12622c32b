package org.pnpflow.process;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee schedule and the triage tables of processes/, row by row: inputs and the
 * outputs an analyst expects from them.
 */
class DecisionTablesTest {

	static DmnEngine dmn;

	static List<DmnDecision> fees;

	static List<DmnDecision> triage;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		fees = parse("/processes/fee-schedule.dmn");
		triage = parse("/processes/triage.dmn");
	}

	@ParameterizedTest(name = "{0} received {1}: fee {2}")
	@CsvSource(nullValues = "-", textBlock = """
			INTERNATIONAL_GRADUATE,       2026-11-22, 1500.00
			SKILLED_WORKER,               2026-11-22, 1500.00
			EXPRESS_ENTRY_SKILLED_WORKER, 2026-11-22, 1500.00
			FAMILY_CONNECTIONS,           2026-11-22, 1500.00
			ENTREPRENEUR,                 2026-11-22, 3500.00
			SKILLED_WORKER,               2024-04-01, 1500.00
			SKILLED_WORKER,               2024-03-31, -
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

	private static List<DmnDecision> parse(String resource) throws Exception {
		try (InputStream table = DecisionTablesTest.class.getResourceAsStream(resource)) {
			return dmn.parseDecisions(table);
		}
	}

	private static DmnDecision decision(List<DmnDecision> decisions, String key) {
		return decisions.stream().filter((decision) -> decision.getKey().equals(key)).findFirst().orElseThrow();
	}

}
