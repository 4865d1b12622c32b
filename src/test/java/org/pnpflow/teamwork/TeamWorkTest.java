package org.pnpflow.teamwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team views on a database of their own, so that every count is exact: open work per
 * queue with unassigned, overdue, due soon and waiting on the applicant; a manager's
 * reassignment of many tasks at once, all or none; "next file" by triage's priority, then
 * the due date, passing over files on hold, and never the same task twice.
 */
@SpringBootTest(properties = "pnp.tasks.due-soon-working-days=2")
@AutoConfigureMockMvc
@DirtiesContext
@ActiveProfiles("test")
class TeamWorkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuditTrail audit;

	@Autowired
	LocalRegistryWorker registryWorker;

	ApiClient api;

	CaseDriver cases;

	CaseSteps steps;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		this.steps = new CaseSteps(this.api, this.cases);
		// every task of earlier tests done with: each test counts its own
		this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.list()
			.forEach((instance) -> this.engine.getRuntimeService()
				.deleteProcessInstance(instance.getId(), "a new test", true, true));
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void openWorkPerQueueCountsUnassignedOverdueDueSoonAndWaiting() throws Exception {
		String first = submitted(TestApplications.skilledWorker());
		submitted(TestApplications.skilledWorker());
		String incomplete = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		String claimed = this.cases.task(first, "UserTask_ConfirmCompleteness").getId();
		this.cases.as("intake", () -> this.engine.getTaskService().claim(claimed, "intake"));

		JsonNode intake = queue("manager", "intake");
		assertThat(intake.get("open").asInt()).isEqualTo(3);
		assertThat(intake.get("unassigned").asInt()).isEqualTo(2);
		assertThat(intake.get("overdue").asInt()).isZero();
		assertThat(intake.get("waiting").asInt()).isZero();

		// intake asks for the missing job offer: the file waits on the applicant, for
		// intake
		this.cases.complete(incomplete, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		intake = queue("manager", "intake");
		assertThat(intake.get("open").asInt()).isEqualTo(2);
		assertThat(intake.get("waiting").asInt()).isOne();
		JsonNode waiting = this.api.body(this.api.get("manager", "/api/team/queues/intake/waiting"));
		assertThat(waiting).hasSize(1);
		assertThat(waiting.get(0).get("fileNumber").asText()).isEqualTo(incomplete);
		assertThat(waiting.get(0).get("reason").asText()).isEqualTo("MISSING_INFORMATION");
		assertThat(waiting.get(0).get("step").asText()).isEqualTo("Wait for documents");
		assertThat(waiting.get(0).get("until").asText()).isNotBlank();
		assertThat(this.api.body(this.api.get("manager", "/api/team/queues/officers/waiting"))).isEmpty();

		// the day before the tasks' due day: due soon; the week after: overdue
		Date due = this.cases.task(first, "UserTask_ConfirmCompleteness").getDueDate();
		ClockUtil.setCurrentTime(new Date(due.getTime() - 36 * 3_600_000L));
		intake = queue("manager", "intake");
		assertThat(intake.get("dueSoon").asInt()).isEqualTo(2);
		assertThat(intake.get("overdue").asInt()).isZero();
		JsonNode tasks = this.api.body(this.api.get("manager", "/api/team/queues/intake/tasks"));
		assertThat(tasks.get("total").asInt()).isEqualTo(2);
		assertThat(tasks.get("tasks").findValuesAsText("dueSoon")).containsOnly("true");
		ClockUtil.setCurrentTime(new Date(due.getTime() + 7 * 86_400_000L));
		intake = queue("manager", "intake");
		assertThat(intake.get("overdue").asInt()).isEqualTo(2);
		assertThat(intake.get("dueSoon").asInt()).isZero();

		// staff see their own queues; other roles none
		JsonNode asIntake = this.api.body(this.api.get("intake", "/api/team/queues"));
		assertThat(asIntake.findValuesAsText("queue")).containsExactly("intake");
		assertThat(this.api.body(this.api.get("manager", "/api/team/queues")).findValuesAsText("queue"))
			.containsExactly("intake", "officers", "integrity", "managers", "directors");
		assertThat(status(this.api.get("intake", "/api/team/queues/officers/tasks"))).isEqualTo(403);
		assertThat(status(this.api.get("analyst", "/api/team/queues"))).isEqualTo(403);
		assertThat(status(this.api.get("manager", "/api/team/queues/cleaners/tasks"))).isEqualTo(404);
	}

	@Test
	void aManagerReassignsManyTasksOfAQueueToAnOfficerAllOrNone() throws Exception {
		List<String> files = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			files.add(this.steps.receiveCompleteFile(TestApplications.skilledWorker()));
		}
		List<String> calls = files.stream()
			.map((file) -> this.cases.task(file, "UserTask_RecordVerificationCall").getId())
			.toList();

		// one task that cannot be given: nothing is
		MvcResult mixed = this.api.post("manager", "/api/team/queues/officers/reassignment",
				Map.of("taskIds", List.of(calls.get(0), "no-such-task"), "assignee", "officer2"));
		assertThat(problemField(mixed)).isEqualTo("taskIds[1]");
		assertThat(assignee(calls.get(0))).isNull();
		assertThat(problemField(this.api.post("manager", "/api/team/queues/officers/reassignment",
				Map.of("taskIds", calls, "assignee", "intake"))))
			.isEqualTo("assignee");
		assertThat(problemField(this.api.post("manager", "/api/team/queues/officers/reassignment",
				Map.of("taskIds", calls, "assignee", "nobody-here"))))
			.isEqualTo("assignee");
		assertThat(problemField(this.api.post("manager", "/api/team/queues/officers/reassignment",
				Map.of("taskIds", List.of(), "assignee", "officer2"))))
			.isEqualTo("taskIds");
		assertThat(problemField(this.api.post("manager", "/api/team/queues/intake/reassignment",
				Map.of("taskIds", calls, "assignee", "intake"))))
			.isEqualTo("taskIds[0]");
		assertThat(status(this.api.post("officer", "/api/team/queues/officers/reassignment",
				Map.of("taskIds", calls, "assignee", "officer2"))))
			.isEqualTo(403);
		assertThat(calls).allSatisfy((task) -> assertThat(assignee(task)).isNull());

		// two of them, one already held by another officer
		this.cases.as("officer", () -> this.engine.getTaskService().claim(calls.get(1), "officer"));
		MvcResult done = this.api.post("manager", "/api/team/queues/officers/reassignment",
				Map.of("taskIds", List.of(calls.get(0), calls.get(1)), "assignee", "officer2"));
		assertThat(status(done)).isEqualTo(200);
		JsonNode reassigned = this.api.body(done);
		assertThat(reassigned.findValuesAsText("to")).containsExactly("officer2", "officer2");
		assertThat(reassigned.get(1).get("from").asText()).isEqualTo("officer");
		assertThat(assignee(calls.get(0))).isEqualTo("officer2");
		assertThat(assignee(calls.get(1))).isEqualTo("officer2");
		assertThat(assignee(calls.get(2))).isNull();

		// Camunda's operation log names the manager; our audit trail has the file
		assertThat(this.engine.getHistoryService()
			.createUserOperationLogQuery()
			.taskId(calls.get(1))
			.operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN)
			.userId("manager")
			.count()).isPositive();
		assertThat(this.audit.ofFile(files.get(1))).anySatisfy((entry) -> {
			assertThat(entry.getAction()).isEqualTo(AuditAction.CHANGE);
			assertThat(entry.getActor()).isEqualTo("manager");
			assertThat(entry.getDetail()).contains("reassigned from officer to officer2");
		});

		// what officer2 sees: the tasks in their queue view, assigned to them
		JsonNode officers = this.api.body(this.api.get("officer2", "/api/team/queues/officers/tasks"));
		assertThat(officers.get("tasks").findValuesAsText("assignee")).containsExactlyInAnyOrder("officer2",
				"officer2");
		JsonNode members = this.api.body(this.api.get("manager", "/api/team/queues/officers/members"));
		assertThat(members.findValuesAsText("id")).contains("officer", "officer2");
	}

	@Test
	void nextFileTakesTheHighestPriorityThenTheEarliestDuePassingOverFilesOnHold() throws Exception {
		String normal = submitted(TestApplications.skilledWorker());
		Map<String, Object> expiring = TestApplications.skilledWorker();
		expiring.put("inCanada", true);
		expiring.put("workPermitExpiresOn", LocalDate.now().plusDays(30).toString());
		String urgent = submitted(expiring);
		String entrepreneur = submitted(TestApplications.entrepreneur());
		Map<String, Object> reversedApplication = TestApplications.skilledWorker();
		String reversed = submitted(reversedApplication);
		@SuppressWarnings("unchecked")
		String reference = (String) ((Map<String, Object>) reversedApplication.get("payment")).get("reference");
		assertThat(
				status(this.api.post("intake", "/api/applications/" + reversed + "/payments/" + reference + "/reversal",
						Map.of("reason", "Card charged back"))))
			.isEqualTo(202);
		this.cases.runDueJobs();

		// triage gave the expiring work permit 80, the skilled worker 50, the
		// entrepreneur
		// 20; the file on hold offers only the task that resolves the reversal
		// 80 first; then 50, the earliest due first (the reversal's task is due in two
		// working
		// days, a completeness check in four), then the oldest; then 20. The file on hold
		// offers only the task that resolves the reversal.
		assertThat(next("intake")).containsEntry("fileNumber", urgent);
		assertThat(next("intake")).containsEntry("fileNumber", reversed)
			.containsEntry("name", "Resolve reversed payment · " + reversed);
		assertThat(next("intake")).containsEntry("fileNumber", normal);
		assertThat(next("intake")).containsEntry("fileNumber", entrepreneur);
		assertThat(status(this.api.post("intake", "/api/team/next", Map.of()))).isEqualTo(204);
		assertThat(this.cases.task(urgent, "UserTask_ConfirmCompleteness").getAssignee()).isEqualTo("intake");
		assertThat(this.cases.task(reversed, "UserTask_ConfirmCompleteness").getAssignee())
			.as("a task of a file on hold")
			.isNull();
		assertThat(this.audit.ofFile(urgent))
			.anySatisfy((entry) -> assertThat(entry.getDetail()).contains("claimed through \"next file\""));

		assertThat(problemField(this.api.post("intake", "/api/team/next", Map.of("queue", "cleaners"))))
			.isEqualTo("queue");
		assertThat(status(this.api.post("intake", "/api/team/next", Map.of("queue", "officers")))).isEqualTo(403);
		assertThat(status(this.api.post("portal", "/api/team/next", Map.of()))).isEqualTo(403);
	}

	@Test
	void twoOfficersAskingForTheNextFileAtOnceNeverGetTheSameTask() throws Exception {
		Set<String> calls = new HashSet<>();
		for (int i = 0; i < 4; i++) {
			String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
			calls.add(this.cases.task(file, "UserTask_RecordVerificationCall").getId());
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> asks = new ArrayList<>();
			for (String officer : List.of("officer", "officer2", "officer", "officer2")) {
				asks.add(
						() -> this.api.body(this.api.post(officer, "/api/team/next", Map.of())).get("taskId").asText());
			}
			Set<String> claimed = new HashSet<>();
			for (Future<String> answer : pool.invokeAll(asks)) {
				claimed.add(answer.get());
			}
			assertThat(claimed).as("four asks, four different tasks").isEqualTo(calls);
		}
		finally {
			pool.shutdownNow();
		}
		List<Task> open = this.engine.getTaskService().createTaskQuery().taskCandidateGroup("officers").list();
		assertThat(open).as("every officers' task is claimed").isEmpty();
	}

	// --- helpers

	private String submitted(Map<String, Object> application) throws Exception {
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		return file;
	}

	private JsonNode queue(String user, String queue) throws Exception {
		for (JsonNode counts : this.api.body(this.api.get(user, "/api/team/queues"))) {
			if (queue.equals(counts.get("queue").asText())) {
				return counts;
			}
		}
		throw new AssertionError("No " + queue + " queue for " + user);
	}

	private Map<String, String> next(String user) throws Exception {
		MvcResult result = this.api.post(user, "/api/team/next", Map.of());
		assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(200);
		JsonNode claimed = this.api.body(result);
		return Map.of("fileNumber", claimed.get("fileNumber").asText(), "name", claimed.get("name").asText());
	}

	private String assignee(String taskId) {
		return this.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

	private String problemField(MvcResult result) throws Exception {
		assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		return this.api.body(result).get("errors").get(0).get("field").asText();
	}

}
