package org.pnpflow.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the clock: staff tasks are due at the end of their last working day (weekends
 * and statutory holidays skipped); a file waiting on the applicant shows as waiting, with
 * the day the wait ends; a task open while the file waited is due later by the working
 * days of the wait, whether the applicant answered or the deadline ran out, and a task
 * that comes after the wait counts its days from its start.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StopTheClockTest {

	private static final ZoneId PROVINCE = ZoneId.of("America/Toronto");

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	BusinessDays days;

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
	void aTaskIsDueAtTheEndOfItsLastWorkingDayPastWeekendsAndHolidays() throws Exception {
		// Wednesday 23 December 2026; 25 and 28 December are statutory holidays
		at(LocalDateTime.of(2026, 12, 23, 10, 0));
		String file = this.api.submit(TestApplications.skilledWorker());
		this.cases.runDueJobs();
		// four working days (pnp.tasks.due.UserTask_ConfirmCompleteness): 24, 29, 30, 31
		assertThat(due(this.cases.task(file, "UserTask_ConfirmCompleteness")))
			.isEqualTo(endOf(LocalDate.of(2026, 12, 31)));
	}

	@Test
	void aFileWaitingOnTheApplicantShowsAsWaitingUntilItsDeadline() throws Exception {
		at(LocalDateTime.of(2026, 12, 7, 9, 0));
		String file = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		assertThat(view(file).has("waiting")).isFalse();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));

		JsonNode waiting = view(file).get("waiting");
		assertThat(waiting.get("reason").asText()).isEqualTo("MISSING_INFORMATION");
		assertThat(waiting.get("step").asText()).isEqualTo("Wait for documents");
		assertThat(Instant.parse(waiting.get("since").asText())).isEqualTo(ClockUtil.getCurrentTime().toInstant());
		String deadline = this.api.status(file).get("informationDeadline").asText();
		assertThat(Instant.parse(waiting.get("until").asText())).isEqualTo(Instant.parse(deadline));
	}

	@Test
	void aTaskOpenWhileTheFileWaitsIsDueLaterByTheWorkingDaysOfTheWait() throws Exception {
		// Monday 7 December: the file waits for a job offer, and its payment is charged
		// back the same day: intake has two working days for that
		at(LocalDateTime.of(2026, 12, 7, 9, 0));
		String file = incompleteWithReversedPayment();
		Task reversal = this.cases.task(file, "UserTask_ResolveReversedPayment");
		assertThat(due(reversal)).isEqualTo(endOf(LocalDate.of(2026, 12, 9)));

		// Monday 14 December the job offer arrives: the wait lasted five working days
		at(LocalDateTime.of(2026, 12, 14, 11, 0));
		assertThat(this.api
			.upload("portal", file, "JOB_OFFER", ApiClient.pdf(), "job-offer.pdf",
					Map.of("issuedOn", LocalDate.of(2026, 12, 1).toString()))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		assertThat(view(file).has("waiting")).isFalse();
		assertThat(due(this.cases.task(file, "UserTask_ResolveReversedPayment")))
			.as("two working days and the five of the wait")
			.isEqualTo(endOf(LocalDate.of(2026, 12, 16)));
		// the completeness check after the wait counts from its own start: 15, 16, 17, 18
		assertThat(due(this.cases.task(file, "UserTask_ConfirmCompleteness")))
			.isEqualTo(endOf(LocalDate.of(2026, 12, 18)));
	}

	@Test
	void aWaitEndedByItsDeadlineGivesTheOpenTasksTheirDaysBackToo() throws Exception {
		at(LocalDateTime.of(2026, 12, 7, 9, 0));
		String file = incompleteWithReversedPayment();
		assertThat(due(this.cases.task(file, "UserTask_ResolveReversedPayment")))
			.isEqualTo(endOf(LocalDate.of(2026, 12, 9)));

		// no answer: the deadline runs out, the file is closed as incomplete; the
		// reversal's task stays open and gets back the working days of the wait
		at(LocalDateTime.of(2027, 1, 8, 10, 0));
		this.cases.runDueJobs();
		assertThat(this.api.status(file).get("status").asText()).isEqualTo("CLOSED");
		int waited = this.days.between(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 8));
		assertThat(waited).as("working days from 7 December to 8 January").isEqualTo(21);
		assertThat(due(this.cases.task(file, "UserTask_ResolveReversedPayment")))
			.isEqualTo(endOf(this.days.after(LocalDate.of(2026, 12, 9), waited)));
	}

	/** Incomplete, asked for a job offer, and its card payment charged back. */
	private String incompleteWithReversedPayment() throws Exception {
		Map<String, Object> application = TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER");
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		@SuppressWarnings("unchecked")
		String reference = (String) ((Map<String, Object>) application.get("payment")).get("reference");
		assertThat(this.api
			.post("intake", "/api/applications/" + file + "/payments/" + reference + "/reversal",
					Map.of("reason", "Card charged back"))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		return file;
	}

	private JsonNode view(String file) throws Exception {
		return this.api.body(this.api.get("intake", "/api/case-files/" + file));
	}

	private static void at(LocalDateTime local) {
		ClockUtil.setCurrentTime(Date.from(local.atZone(PROVINCE).toInstant()));
	}

	private static Instant due(Task task) {
		return task.getDueDate().toInstant();
	}

	private static Instant endOf(LocalDate day) {
		return day.atTime(23, 59, 59).atZone(PROVINCE).toInstant();
	}

}
