package org.pnpflow.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's authorizations as each role meets them over HTTP: the tasks
 * {@code /engine-rest} lists for them, what analysts may read and may not change, which
 * web application each may sign in to, and that the service accounts read no cases. Cases
 * wait in the queues of intake, officers, integrity, managers and directors.
 */
// configured as PersonalDataTest, so that the security tests share one application
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "logging.level.org.pnpflow=DEBUG")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaAuthorizationsTest {

	static final List<String> STAFF = List.of("intake", "officer", "integrity", "manager", "director");

	/** Which queue each file waits in, and at which task. */
	static final Map<String, String> QUEUE_TASKS = Map.of("intake", "UserTask_ConfirmCompleteness", "officers",
			"UserTask_RecordVerificationCall", "integrity", "UserTask_ReviewIntegrityConcern", "managers",
			"UserTask_SignOffRecommendation", "directors", "UserTask_SignNomination");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalRegistryWorker registryWorker;

	private final ObjectMapper json = new ObjectMapper();

	/** File number by the queue its open task is in. */
	private final Map<String, String> files = new LinkedHashMap<>();

	/** A file whose interview task the officer has claimed. */
	private String claimedByOfficer;

	@BeforeAll
	void casesWaitInEveryQueue() throws Exception {
		ApiClient api = new ApiClient(this.mvc);
		CaseDriver cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		CaseSteps steps = new CaseSteps(api, cases);

		String intake = api.submit(TestApplications.skilledWorker());
		cases.runDueJobs();
		this.files.put("intake", intake);

		this.files.put("officers", steps.receiveCompleteFile(TestApplications.skilledWorker()));

		String integrity = steps.receiveCompleteFile(TestApplications.skilledWorker());
		cases.complete(integrity, "UserTask_RecordVerificationCall", "officer", CaseSteps.call("CONCERN"));
		this.files.put("integrity", integrity);

		String managers = steps.receiveCompleteFile(TestApplications.skilledWorker());
		steps.verifyClear(managers);
		steps.interviewHeld(managers);
		steps.recommend(managers, "officer", "NOMINATE", false);
		this.files.put("managers", managers);

		String directors = steps.receiveCompleteFile(TestApplications.skilledWorker());
		steps.verifyClear(directors);
		steps.interviewHeld(directors);
		steps.recommend(directors, "officer", "NOMINATE", false);
		cases.complete(directors, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.files.put("directors", directors);

		this.claimedByOfficer = steps.receiveCompleteFile(TestApplications.skilledWorker());
		steps.verifyClear(this.claimedByOfficer);
		String interview = cases.task(this.claimedByOfficer, "UserTask_ScheduleInterview").getId();
		cases.as("officer", () -> this.engine.getTaskService().claim(interview, "officer"));

		this.files.forEach((queue, file) -> assertThat(cases.task(file, QUEUE_TASKS.get(queue))).isNotNull());
	}

	@Test
	void eachGroupListsOnlyTheTasksOfItsOwnQueue() throws Exception {
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		expected.put("intake", Set.of("UserTask_ConfirmCompleteness"));
		expected.put("officer", Set.of("UserTask_RecordVerificationCall", "UserTask_ScheduleInterview"));
		expected.put("integrity", Set.of("UserTask_ReviewIntegrityConcern"));
		expected.put("director", Set.of("UserTask_SignNomination"));
		Set<String> everything = new TreeSet<>(QUEUE_TASKS.values());
		everything.add("UserTask_ScheduleInterview");
		// managers oversee every queue (they reassign and see the unit's open work)
		expected.put("manager", everything);
		expected.put("admin", everything);
		expected.put("analyst", Set.of());
		expected.put("portal", Set.of());
		expected.put("registryworker", Set.of());
		for (Map.Entry<String, Set<String>> role : expected.entrySet()) {
			assertThat(taskKeysSeenBy(role.getKey())).as("tasks %s lists", role.getKey())
				.containsExactlyInAnyOrderElementsOf(role.getValue());
			assertThat(
					get(role.getKey(), engineRest("/task/count?processInstanceBusinessKeyIn=" + businessKeys())).body()
						.get("count")
						.asInt())
				.as("tasks %s counts", role.getKey())
				.isEqualTo(role.getValue().size());
		}
	}

	@Test
	void nobodyReadsOrWorksATaskOfAnotherQueueByItsId() throws Exception {
		String intakeTask = taskId(this.files.get("intake"), "UserTask_ConfirmCompleteness");
		String managersTask = taskId(this.files.get("managers"), "UserTask_SignOffRecommendation");
		for (String user : List.of("officer", "integrity", "director", "analyst", "portal", "registryworker")) {
			assertThat(get(user, engineRest("/task/" + intakeTask)).status()).as(user).isIn(403, 404);
			assertThat(get(user, engineRest("/task/" + intakeTask + "/variables")).status()).as(user).isIn(403, 404);
			assertThat(post(user, engineRest("/task/" + managersTask + "/claim"), Map.of("userId", user)).status())
				.as(user)
				.isEqualTo(403);
			assertThat(post(user, engineRest("/task/" + intakeTask + "/complete"), Map.of()).status()).as(user)
				.isEqualTo(403);
		}
		assertThat(get("intake", engineRest("/task/" + intakeTask)).status()).isEqualTo(200);
		assertThat(get("manager", engineRest("/task/" + intakeTask)).status()).isEqualTo(200);
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(managersTask).singleResult().getAssignee())
			.isNull();
	}

	@Test
	void analystsReadTheModelsAndTheCasesButChangeNothing() throws Exception {
		assertThat(listed("analyst", "/process-definition?key=PnpApplicationProcess")).isNotEmpty();
		assertThat(listed("analyst", "/decision-definition")).extracting((definition) -> definition.get("key").asText())
			.contains("FeeSchedule", "TriagePriority", "PointsAge");
		List<JsonNode> deployments = listed("analyst", "/deployment");
		assertThat(deployments).isNotEmpty();
		String file = this.files.get("officers");
		List<JsonNode> instances = listed("analyst", "/process-instance?businessKey=" + file);
		assertThat(instances).hasSize(1);
		String instance = instances.get(0).get("id").asText();
		assertThat(get("analyst", engineRest("/process-instance/" + instance)).status()).isEqualTo(200);
		assertThat(listed("analyst", "/history/process-instance?processInstanceBusinessKey=" + file)).hasSize(1);
		// the cases, not what the tasks show of the applicant
		assertThat(get("analyst", engineRest("/process-instance/" + instance + "/variables")).status()).isEqualTo(403);
		assertThat(listed("analyst", "/variable-instance?processInstanceIdIn=" + instance)).isEmpty();
		assertThat(listed("analyst", "/history/variable-instance?processInstanceId=" + instance))
			.extracting((variable) -> variable.get("name").asText())
			.contains("fileNumber", "stream", "priority")
			.doesNotContain("caseSummary", "taskDetails");
		String definition = instances.get(0).get("definitionId").asText();
		String task = taskId(file, "UserTask_RecordVerificationCall");
		String deployment = deployments.get(0).get("id").asText();

		Map<String, Answer> changes = new LinkedHashMap<>();
		changes.put("complete a task", post("analyst", engineRest("/task/" + task + "/complete"),
				Map.of("variables", Map.of("verificationCallResult", Map.of("value", "CLEAR")))));
		changes.put("claim a task",
				post("analyst", engineRest("/task/" + task + "/claim"), Map.of("userId", "analyst")));
		changes.put("set a variable",
				send("analyst", "PUT", engineRest("/process-instance/" + instance + "/variables/analystNote"),
						Map.of("value", "changed", "type", "String")));
		changes.put("set variables", post("analyst", engineRest("/process-instance/" + instance + "/variables"),
				Map.of("modifications", Map.of("priority", Map.of("value", "LOW")))));
		changes.put("suspend the instance", send("analyst", "PUT",
				engineRest("/process-instance/" + instance + "/suspended"), Map.of("suspended", true)));
		changes.put("suspend the definition", send("analyst", "PUT",
				engineRest("/process-definition/" + definition + "/suspended"), Map.of("suspended", true)));
		changes.put("modify the instance",
				post("analyst", engineRest("/process-instance/" + instance + "/modification"), Map.of("instructions",
						List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_AssessEligibility")))));
		changes.put("start an instance",
				post("analyst", engineRest("/process-definition/key/PnpApplicationProcess/start"), Map.of()));
		changes.put("create a deployment", deploy("analyst"));
		changes.put("delete the deployment", send("analyst", "DELETE", engineRest("/deployment/" + deployment), null));
		changes.put("delete the instance",
				send("analyst", "DELETE", engineRest("/process-instance/" + instance), null));
		changes.forEach((change, answer) -> assertThat(answer.status()).as("analyst may not %s: %s", change, answer)
			.isEqualTo(403));
		changes.forEach((change, answer) -> assertThat(answer.body().path("type").asText()).as(change)
			.isEqualTo("AuthorizationException"));

		assertThat(CaseDriver.caseOf(this.engine, file).isSuspended()).isFalse();
		assertThat(this.engine.getRuntimeService().getVariable(instance, "analystNote")).isNull();
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
		assertThat(this.engine.getRepositoryService().createDeploymentQuery().deploymentId(deployment).count()).isOne();
	}

	@Test
	void onlyStaffWhoseWorkNeedsTheCaseSummaryReadIt() throws Exception {
		// the case summary (name, date of birth, passport) is task-local: readable with
		// the task, not with the process instance
		String query = "/variable-instance?variableName=" + "caseSummary" + "&processInstanceIdIn="
				+ CaseDriver.caseOf(this.engine, this.files.get("intake")).getId();
		assertThat(listed("intake", query)).hasSize(1);
		assertThat(listed("manager", query)).hasSize(1);
		String task = taskId(this.files.get("intake"), "UserTask_ConfirmCompleteness");
		for (String user : List.of("intake", "manager")) {
			assertThat(get(user, engineRest("/task/" + task + "/form-variables")).body()
				.path("caseSummary")
				.path("value")
				.asText()).as(user).contains("passport");
		}
		for (String user : List.of("officer", "integrity", "director", "analyst", "portal", "registryworker")) {
			assertThat(listed(user, query)).as(user).isEmpty();
		}
	}

	@Test
	void theServiceAccountsReadNoTasksAndNoCases() throws Exception {
		String file = this.files.get("officers");
		String instance = CaseDriver.caseOf(this.engine, file).getId();
		String task = taskId(file, "UserTask_RecordVerificationCall");
		for (String account : List.of("portal", "registryworker")) {
			assertThat(listed(account, "/task")).as(account).isEmpty();
			assertThat(get(account, engineRest("/task/" + task)).status()).as(account).isIn(403, 404);
			assertThat(get(account, engineRest("/task/" + task + "/form-variables")).status()).as(account)
				.isIn(403, 404);
			assertThat(listed(account, "/history/task")).as(account).isEmpty();
			assertThat(listed(account, "/history/variable-instance")).as(account).isEmpty();
			assertThat(listed(account, "/variable-instance?variableName=caseSummary")).as(account).isEmpty();
			assertThat(listed(account, "/filter")).as(account).isEmpty();
		}
		assertThat(listed("portal", "/process-instance")).isEmpty();
		assertThat(get("portal", engineRest("/process-instance/" + instance)).status()).isIn(403, 404);
		assertThat(get("portal", engineRest("/process-instance/" + instance + "/variables")).status()).isIn(403, 404);
		assertThat(listed("portal", "/history/process-instance")).isEmpty();
		assertThat(listed("portal", "/external-task")).isEmpty();
		assertThat(post("portal", engineRest("/external-task/fetchAndLock"),
				Map.of("workerId", "portal", "maxTasks", 5, "topics",
						List.of(Map.of("topicName", "verify-employer-registration", "lockDuration", 1000))))
			.body()).isEmpty();
	}

	@Test
	void eachRoleSignsInOnlyToTheWebApplicationsOfItsWork() throws Exception {
		Map<String, Set<String>> apps = new LinkedHashMap<>();
		for (String user : STAFF) {
			apps.put(user, Set.of("tasklist"));
		}
		apps.put("manager", Set.of("tasklist", "cockpit"));
		apps.put("analyst", Set.of("tasklist", "cockpit"));
		apps.put("admin", Set.of("tasklist", "cockpit", "admin"));
		apps.put("portal", Set.of());
		apps.put("registryworker", Set.of());
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Set<String>> user : apps.entrySet()) {
			for (String app : List.of("tasklist", "cockpit", "admin")) {
				int status = login(user.getKey(), app);
				int expected = user.getValue().contains(app) ? 200 : 403;
				if (status != expected) {
					wrong.add(user.getKey() + " into " + app + ": " + status + ", not " + expected);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	// ---- the cases ----

	private String businessKeys() {
		List<String> keys = new ArrayList<>(this.files.values());
		keys.add(this.claimedByOfficer);
		return String.join(",", keys);
	}

	private Set<String> taskKeysSeenBy(String user) throws Exception {
		Set<String> keys = new TreeSet<>();
		for (JsonNode task : listed(user, "/task?processInstanceBusinessKeyIn=" + businessKeys())) {
			keys.add(task.get("taskDefinitionKey").asText());
		}
		return keys;
	}

	private String taskId(String file, String taskKey) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(file)
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId();
	}

	// ---- HTTP ----

	/** An answer of the server: its status and, when it is JSON, its body. */
	record Answer(int status, JsonNode body, String text) {

		@Override
		public String toString() {
			return this.status + " " + this.text;
		}

	}

	private String engineRest(String path) {
		return "/engine-rest/engine/" + this.engine.getName() + path;
	}

	/** A list query, as Tasklist and Cockpit ask for it: one bounded page. */
	private List<JsonNode> listed(String user, String path) throws Exception {
		Answer answer = get(user, engineRest(path + (path.contains("?") ? "&" : "?") + "firstResult=0&maxResults=500"));
		assertThat(answer.status()).as("GET %s as %s: %s", path, user, answer).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		answer.body().forEach(items::add);
		return items;
	}

	private Answer get(String user, String path) throws Exception {
		return send(user, "GET", path, null);
	}

	private Answer post(String user, String path, Object body) throws Exception {
		return send(user, "POST", path, body);
	}

	private Answer send(String user, String method, String path, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(user))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30));
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		return answer(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()));
	}

	/** Deploys a diagram as the user, the way Camunda Modeler does. */
	private Answer deploy(String user) throws Exception {
		String boundary = "pnp-" + System.nanoTime();
		String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"pnp\">"
				+ "<process id=\"AnalystExperiment\" isExecutable=\"true\"><startEvent id=\"StartEvent_1\"/>"
				+ "</process></definitions>";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
				+ "analyst-experiment\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"experiment.bpmn\"; filename=\"experiment.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(uri(engineRest("/deployment/create")))
			.header("Authorization", basic(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return answer(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
	}

	/**
	 * Signs in to a Camunda web application as its login page does: a first request for
	 * the CSRF token, then the form post. 200 is signed in.
	 */
	private int login(String user, String app) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		HttpResponse<String> page = browser.send(
				HttpRequest.newBuilder(uri("/camunda/app/" + app + "/" + this.engine.getName() + "/")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String token = page.headers()
			.firstValue("X-XSRF-TOKEN")
			.orElseGet(() -> cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> "XSRF-TOKEN".equals(cookie.getName()))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow());
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password(user), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + this.engine.getName() + "/login/" + app))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		return login.statusCode();
	}

	private Answer answer(HttpResponse<String> response) throws Exception {
		String text = response.body();
		JsonNode body = (text == null || text.isBlank() || !(text.startsWith("{") || text.startsWith("[")))
				? this.json.createObjectNode() : this.json.readTree(text);
		return new Answer(response.statusCode(), body, text);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String password(String user) {
		return "admin".equals(user) ? "test-admin" : ApiClient.PASSWORD;
	}

	private static String basic(String user) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
	}

}
