package org.pnpflow.reports;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.ReportJson;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the service-time reports read is recorded as real cases move: each visit to a
 * task, each wait on the applicant (whichever way it ends: the applicant's answer or the
 * deadline), and each milestone with its waiting time left out; and the queues report
 * counts the open tasks by age.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ServiceClockTest {

	static final long DAY = 86_400;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient api;

	CaseDriver cases;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void theTimeWaitingForMissingInformationIsRecordedAndLeftOutOfTheMilestone() throws Exception {
		String file = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		this.cases.passTime(Duration.ofDays(1));
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		this.cases.passTime(Duration.ofDays(10));
		assertThat(this.api
			.upload("portal", file, "JOB_OFFER", ApiClient.pdf(), "offer.pdf",
					Map.of("issuedOn", LocalDate.now().toString()))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		this.cases.passTime(Duration.ofDays(1));
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));

		long id = idOf(file);
		List<Map<String, Object>> waits = this.jdbc
			.queryForList("select reason, ended_at, elapsed_seconds from applicant_wait where application_id = ?", id);
		assertThat(waits).hasSize(1);
		assertThat(waits.get(0).get("reason")).isEqualTo("MISSING_INFORMATION");
		assertThat(seconds(waits.get(0).get("elapsed_seconds"))).isCloseTo(10 * DAY, within(120L));

		List<Map<String, Object>> visits = this.jdbc.queryForList(
				"select elapsed_seconds from stage_visit where application_id = ? and task_key = ? order by id", id,
				"UserTask_ConfirmCompleteness");
		assertThat(visits).hasSize(2);
		visits.forEach((visit) -> assertThat(seconds(visit.get("elapsed_seconds"))).isCloseTo(DAY, within(120L)));
		assertThat(this.jdbc.queryForList(
				"select task_key from stage_visit where application_id = ? and left_at is null", String.class, id))
			.as("the task now open")
			.isNotEmpty()
			.doesNotContain("UserTask_ConfirmCompleteness");

		Map<String, Object> completeness = this.jdbc.queryForMap(
				"select elapsed_seconds, waiting_seconds from service_time where application_id = ? and milestone = ?",
				id, "COMPLETENESS");
		assertThat(seconds(completeness.get("elapsed_seconds"))).isCloseTo(12 * DAY, within(120L));
		assertThat(seconds(completeness.get("waiting_seconds"))).isCloseTo(10 * DAY, within(120L));
	}

	@Test
	void aWaitEndedByItsDeadlineIsClosedAndAClosureIsNoDecision() throws Exception {
		String file = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		for (int week = 0; week < 12; week++) {
			this.cases.passTime(Duration.ofDays(7));
		}
		assertThat(this.api.status(file).get("outcome").asText()).isEqualTo("CLOSED_INCOMPLETE");

		long id = idOf(file);
		List<Map<String, Object>> waits = this.jdbc
			.queryForList("select reason, ended_at from applicant_wait where application_id = ?", id);
		assertThat(waits).isNotEmpty()
			.allSatisfy((wait) -> assertThat(wait.get("ended_at")).as("ended by the deadline").isNotNull())
			.allSatisfy((wait) -> assertThat(wait.get("reason")).isEqualTo("MISSING_INFORMATION"));
		assertThat(
				this.jdbc.queryForList("select milestone from service_time where application_id = ?", String.class, id))
			.doesNotContain(ServiceClock.DECISION);
	}

	@Test
	void queuesCountOpenTasksByAgeAndPastDue() throws Exception {
		Map<String, Long> before = intakeQueue(null);
		Map<String, Long> entrepreneursBefore = intakeQueue("ENTREPRENEUR");
		Map<String, Long> workersBefore = intakeQueue("SKILLED_WORKER");
		// three applications at completeness: received 10 days ago (past the 5 days
		// intake has), 3 days ago, and now
		for (int daysAgo : new int[] { 10, 3, 0 }) {
			ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() - daysAgo * DAY * 1000));
			this.api.submit(TestApplications.entrepreneur());
			this.cases.runDueJobs();
		}
		CaseDriver.resetClock();

		Map<String, Long> after = intakeQueue(null);
		assertThat(after.get("Open tasks") - before.get("Open tasks")).isEqualTo(3);
		assertThat(after.get("Not claimed") - before.get("Not claimed")).isEqualTo(3);
		assertThat(after.get("Under 2 days") - before.get("Under 2 days")).isEqualTo(1);
		assertThat(after.get("2 days to 7 days") - before.get("2 days to 7 days")).isEqualTo(1);
		assertThat(after.get("7 days to 14 days") - before.get("7 days to 14 days")).isEqualTo(1);
		assertThat(after.get("30 days or more") - before.get("30 days or more")).isZero();
		assertThat(after.get("Past due") - before.get("Past due")).isEqualTo(1);
		assertThat(intakeQueue("ENTREPRENEUR").get("Open tasks") - entrepreneursBefore.get("Open tasks")).isEqualTo(3);
		assertThat(intakeQueue("SKILLED_WORKER").get("Open tasks") - workersBefore.get("Open tasks")).isZero();

		JsonNode oldest = ReportJson.table(this.api.body(this.api.get("manager", "/api/reports/queues")), "oldest");
		assertThat(oldest.get("rows").size()).isBetween(1, 10);
	}

	/** The intake queue's row of the queues report, by column label (0 when absent). */
	private Map<String, Long> intakeQueue(String stream) throws Exception {
		JsonNode report = this.api
			.body(this.api.get("manager", "/api/reports/queues" + ((stream != null) ? "?stream=" + stream : "")));
		JsonNode table = ReportJson.table(report, "by-queue");
		List<String> labels = ReportJson.labels(table);
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		labels.subList(1, labels.size()).forEach((label) -> counts.put(label, 0L));
		for (JsonNode row : table.get("rows")) {
			if ("intake".equals(row.get(0).asText())) {
				for (int i = 1; i < labels.size(); i++) {
					counts.put(labels.get(i), row.get(i).isNull() ? 0L : row.get(i).asLong());
				}
			}
		}
		return counts;
	}

	private long idOf(String file) {
		Long id = this.jdbc.queryForObject("select id from application_file where file_number = ?", Long.class, file);
		return (id != null) ? id : -1;
	}

	private static long seconds(Object value) {
		return ((Number) value).longValue();
	}

}
