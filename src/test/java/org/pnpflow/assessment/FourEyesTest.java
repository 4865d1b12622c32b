package org.pnpflow.assessment;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.TaskInputException;
import org.pnpflow.registers.LocalRegistryWorker;
import org.pnpflow.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Four eyes on every client that can complete a task: a manager who made the
 * recommendation cannot sign it off, and a director cannot sign a nomination they signed
 * off as manager, whether they complete the task through the Java API, Camunda's REST API
 * or Tasklist. Each refusal says why, and leaves the task open with nothing recorded. The
 * users who could break the rule belong to both groups.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// /engine-rest and Tasklist find the engine by its name
		properties = "camunda.bpm.generate-unique-process-engine-name=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class FourEyesTest {

	/** An officer who is also a manager. */
	private static final String OFFICER_MANAGER = "officermanager";

	/** A manager who is also a director. */
	private static final String MANAGER_DIRECTOR = "managerdirector";

	private static final String PASSWORD = "Str0ng-Passw0rd!";

	private static final String OWN_RECOMMENDATION = "You made this recommendation, so another manager must sign it off.";

	private static final String OWN_SIGN_OFF = "You signed this recommendation off as manager, so another director must sign the nomination.";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	SignOffRepository signOffs;

	private final ObjectMapper json = new ObjectMapper();

	CaseDriver cases;

	CaseSteps steps;

	@BeforeEach
	void setUp() {
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		this.steps = new CaseSteps(new ApiClient(this.mvc), this.cases);
		user(OFFICER_MANAGER, Groups.OFFICERS, Groups.MANAGERS);
		user(MANAGER_DIRECTOR, Groups.MANAGERS, Groups.DIRECTORS);
	}

	@Test
	void managerCannotSignOffOwnRecommendation() throws Exception {
		String file = recommended(OFFICER_MANAGER);
		Task task = this.cases.task(file, SignOffTasks.MANAGER);
		Map<String, Object> form = Map.of("signOffDecision", "APPROVE");

		assertThat(throughJavaApi(task, OFFICER_MANAGER, form)).isEqualTo(OWN_RECOMMENDATION);
		assertNothingChanged(file, task, 0, "signOffDecision");
		assertThat(throughEngineRest(task, OFFICER_MANAGER, form)).isEqualTo(OWN_RECOMMENDATION);
		assertNothingChanged(file, task, 0, "signOffDecision");
		assertThat(throughTasklist(task, OFFICER_MANAGER, form)).isEqualTo(OWN_RECOMMENDATION);
		assertNothingChanged(file, task, 0, "signOffDecision");

		this.cases.complete(file, SignOffTasks.MANAGER, "manager", form);
		assertThat(signOffsOf(file)).extracting(SignOff::getDecidedBy).containsExactly("manager");
	}

	@Test
	void directorCannotSignWhatTheySignedOffAsManager() throws Exception {
		String file = recommended("officer");
		this.cases.complete(file, SignOffTasks.MANAGER, MANAGER_DIRECTOR, Map.of("signOffDecision", "APPROVE"));
		Task task = this.cases.task(file, SignOffTasks.DIRECTOR);
		Map<String, Object> form = Map.of("directorDecision", "SIGN");

		assertThat(throughJavaApi(task, MANAGER_DIRECTOR, form)).isEqualTo(OWN_SIGN_OFF);
		assertNothingChanged(file, task, 1, "directorDecision");
		assertThat(throughEngineRest(task, MANAGER_DIRECTOR, form)).isEqualTo(OWN_SIGN_OFF);
		assertNothingChanged(file, task, 1, "directorDecision");
		assertThat(throughTasklist(task, MANAGER_DIRECTOR, form)).isEqualTo(OWN_SIGN_OFF);
		assertNothingChanged(file, task, 1, "directorDecision");

		this.cases.complete(file, SignOffTasks.DIRECTOR, "director", form);
		assertThat(signOffsOf(file)).extracting(SignOff::getDecidedBy).containsExactly(MANAGER_DIRECTOR, "director");
	}

	/**
	 * A complete, verified and interviewed file, recommended for nomination by the user.
	 */
	private String recommended(String officer) throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, officer, "NOMINATE", false);
		return file;
	}

	/**
	 * Completes the task with the Java API signed in as the user; the refusal's message.
	 */
	private String throughJavaApi(Task task, String user, Map<String, Object> form) {
		Throwable refused = catchThrowable(() -> this.cases.as(user,
				() -> this.engine.getTaskService().complete(task.getId(), Variables.fromMap(form))));
		assertThat(refused).as("completed by %s through the Java API", user).isNotNull();
		for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
			if (cause instanceof TaskInputException input) {
				return input.getMessage();
			}
		}
		throw new AssertionError("Not refused by the task's own check", refused);
	}

	/** Submits the task's form to /engine-rest with HTTP Basic; the refusal's message. */
	private String throughEngineRest(Task task, String user, Map<String, Object> form) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/engine-rest/task/" + task.getId() + "/submit-form"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(submission(form)))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		return refusal("/engine-rest as " + user, response);
	}

	/**
	 * Logs into Tasklist as the user and submits the task's form the way Tasklist's page
	 * does (session cookie, CSRF token); the refusal's message.
	 */
	private String throughTasklist(Task task, String user, Map<String, Object> form) throws Exception {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);

		String credentials = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", xsrfToken(cookies))
				.POST(HttpRequest.BodyPublishers.ofString(credentials))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as("Tasklist login as %s: %s", user, login.body()).isEqualTo(200);
		assertThat(this.json.readTree(login.body()).get("userId").asText()).isEqualTo(user);
		// the login starts a new session: its CSRF token comes with the next page
		// Tasklist
		// loads
		HttpResponse<String> opened = browser.send(
				HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + task.getId())).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(opened.statusCode()).as("%s opens the task: %s", user, opened.body()).isEqualTo(200);

		HttpResponse<String> response = browser.send(
				HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
					.header("Content-Type", "application/json")
					.header("X-XSRF-TOKEN", xsrfToken(cookies))
					.header("Origin", url("").toString())
					.POST(HttpRequest.BodyPublishers.ofString(submission(form)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		return refusal("Tasklist as " + user, response);
	}

	private String refusal(String path, HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(400);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("type").asText()).isEqualTo("TaskInputException");
		return body.get("message").asText();
	}

	private static String xsrfToken(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> "XSRF-TOKEN".equals(cookie.getName()))
			.map(HttpCookie::getValue)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("Tasklist set no XSRF-TOKEN cookie"));
	}

	private String submission(Map<String, Object> form) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return this.json.writeValueAsString(Map.of("variables", variables));
	}

	/**
	 * The task is still open and unclaimed, the file has no new sign-off, and neither
	 * what was submitted nor a routing decision reached the case or its history.
	 */
	private void assertNothingChanged(String file, Task task, int signOffsBefore, String submittedField) {
		Task open = this.engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(open).as("the task is still open").isNotNull();
		assertThat(open.getAssignee()).isEqualTo(task.getAssignee());
		assertThat(signOffsOf(file)).hasSize(signOffsBefore);
		String instance = task.getProcessInstanceId();
		for (String variable : List.of(submittedField, ProcessVariables.DECISION)) {
			if (ProcessVariables.DECISION.equals(variable) && signOffsBefore > 0) {
				// the manager's sign-off routed the case; the refusal must not change it
				assertThat(this.engine.getRuntimeService().getVariable(instance, variable)).isEqualTo("NOMINATE");
				continue;
			}
			assertThat(this.engine.getRuntimeService().getVariables(task.getExecutionId())).doesNotContainKey(variable);
			assertThat(this.engine.getHistoryService()
				.createHistoricVariableInstanceQuery()
				.processInstanceId(instance)
				.variableName(variable)
				.count()).as("%s in history", variable).isZero();
		}
	}

	private List<SignOff> signOffsOf(String file) {
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		return this.signOffs.findByApplicationIdOrderByIdAsc(id);
	}

	private void user(String id, String... groups) {
		IdentityService identity = this.engine.getIdentityService();
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(id);
			user.setLastName("Test");
			user.setEmail(id + "@pnp.example");
			user.setPassword(PASSWORD);
			identity.saveUser(user);
		}
		for (String group : groups) {
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
