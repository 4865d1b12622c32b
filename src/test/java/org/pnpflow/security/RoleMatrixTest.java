package org.pnpflow.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every endpoint of our API: the status each pair answers. A role
 * allowed an endpoint gets the endpoint's own answer (the data, or the refusal of the
 * harmless request sent: an empty body, an unknown file); every other role gets 403, and
 * a caller without credentials 401. The whole matrix is printed, and every pair that
 * differs is listed at once.
 */
// configured as PersonalDataTest, so that the security tests share one application
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.level.org.pnpflow=DEBUG")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RoleMatrixTest {

	/** The users of the test profile, one per role, and the administrator. */
	static final Map<String, String> USERS = new LinkedHashMap<>();

	static {
		for (String user : List.of("intake", "officer", "integrity", "manager", "director", "analyst", "portal",
				"registryworker")) {
			USERS.put(user, ApiClient.PASSWORD);
		}
		USERS.put("admin", "test-admin");
	}

	static final String NO_FILE = "PNP-2099-999999";

	/** Everyone, signed in or not (the applicant's status check). */
	static final Set<String> PUBLIC = Set.of("*");

	static final Set<String> STAFF_READERS = Set.of("intake", "officer", "integrity", "manager", "director");

	/** The roles that read every file; the others read the files of their queues. */
	static final Set<String> EVERY_FILE = Set.of("intake", "manager");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * @param refused what every other role gets: 403, or 404 where the engine does not
	 * say whether what the caller may not see exists
	 */
	record Endpoint(String method, String path, String body, Set<String> allowed, int answer, int refused,
			Set<String> unseen) {

		Endpoint(String method, String path, String body, Set<String> allowed, int answer) {
			this(method, path, body, allowed, answer, 403);
		}

		Endpoint(String method, String path, String body, Set<String> allowed, int answer, int refused) {
			this(method, path, body, allowed, answer, refused, Set.of());
		}

		/**
		 * What the user gets: the answer, 404 where the engine hides what it asks for, or
		 * the refusal.
		 */
		int expectedFor(String user) {
			if (this.allowed == PUBLIC || this.allowed.contains(user)) {
				return this.answer;
			}
			return this.unseen.contains(user) ? 404 : this.refused;
		}

		String name() {
			return this.method + " "
					+ this.path.replaceAll("PNP-\\d{4}-\\d{6}", "{file}")
						.replaceAll("/engine-rest/engine/[^/]+", "/engine-rest")
						.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
		}

	}

	@Test
	void everyRoleAgainstEveryEndpoint() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String file = new ApiClient(this.mvc).submit(application);
		@SuppressWarnings("unchecked")
		String born = (String) ((Map<String, Object>) application.get("applicant")).get("dateOfBirth");
		new CaseDriver(this.engine).runDueJobs();
		String files = "/api/applications/";
		List<Endpoint> endpoints = List.of(
				new Endpoint("POST", "/api/applications", "{}", Set.of("portal", "intake"), 400),
				new Endpoint("GET", files + file, null,
						Set.of("portal", "intake", "officer", "integrity", "manager", "director", "analyst", "admin"),
						200),
				new Endpoint("UPLOAD", files + file + "/documents", null, Set.of("portal", "intake"), 415),
				// the file is at intake's completeness check: officers, integrity and
				// directors
				// read the documents, letters and payments of the files of their queues
				// only
				new Endpoint("GET", files + file + "/documents", null, EVERY_FILE, 200),
				new Endpoint("GET", files + file + "/documents/999999/content", null, EVERY_FILE, 404),
				new Endpoint("GET", files + file + "/letters", null, EVERY_FILE, 200),
				new Endpoint("GET", files + file + "/letters/999999/pdf", null, EVERY_FILE, 404),
				new Endpoint("GET", files + file + "/certificate/pdf", null, EVERY_FILE, 404),
				new Endpoint("GET", files + file + "/payments", null, EVERY_FILE, 200),
				new Endpoint("POST", files + NO_FILE + "/payments", "{}", Set.of("portal", "intake"), 404),
				new Endpoint("POST", files + NO_FILE + "/payments/REF-1/reversal", "{\"reason\":\"x\"}",
						Set.of("intake", "manager"), 404),
				new Endpoint("POST", files + NO_FILE + "/fairness-response", "{\"response\":\"x\"}",
						Set.of("portal", "intake", "officer"), 404),
				new Endpoint("POST", files + NO_FILE + "/interview-reply", "{\"reply\":\"x\"}",
						Set.of("portal", "intake", "officer"), 404),
				new Endpoint("POST", files + NO_FILE + "/withdrawal", "{}", Set.of("portal", "intake"), 404),
				new Endpoint("POST", files + NO_FILE + "/permanent-residence-decision",
						"{\"outcome\":\"GRANTED\",\"decidedOn\":\"" + LocalDate.now() + "\"}",
						Set.of("intake", "officer"), 404),
				new Endpoint("POST", files + NO_FILE + "/certificate-extension", "{\"reason\":\"x\"}",
						Set.of("portal", "intake"), 404),
				new Endpoint("POST", files + NO_FILE + "/nomination-withdrawal", "{\"reasons\":\"x\"}",
						Set.of("manager"), 404),
				new Endpoint("GET", files + file + "/audit", null, Set.of("manager"), 200),
				new Endpoint("GET", files + file + "/legal-holds", null, Set.of("manager"), 200),
				new Endpoint("POST", files + NO_FILE + "/legal-holds", "{\"reason\":\"x\"}", Set.of("manager"), 404),
				new Endpoint("POST", files + NO_FILE + "/legal-holds/lift", "{\"reason\":\"x\"}", Set.of("manager"),
						404),
				new Endpoint("GET", "/api/archive-register", null, Set.of("manager", "analyst"), 200),
				new Endpoint("POST", "/api/access-requests", "{}", Set.of("manager"), 400),
				new Endpoint("GET", "/api/registers/employers/000000000", null, Set.of("integrity", "manager", "admin"),
						404),
				new Endpoint("PUT", "/api/registers/employers/000000000", "{}", Set.of("integrity", "manager", "admin"),
						400),
				new Endpoint("DELETE", "/api/registers/employers/000000000", null,
						Set.of("integrity", "manager", "admin"), 404),
				new Endpoint("GET", "/api/deposits", null, Set.of("intake", "manager"), 200),
				new Endpoint("GET", "/api/deposits/NO-BATCH/slip.pdf", null, Set.of("intake", "manager"), 404),
				new Endpoint("GET", "/api/deposits/NO-BATCH/slip.csv", null, Set.of("intake", "manager"), 404),
				new Endpoint("GET", "/api/reports/reconciliation?date=" + LocalDate.now().minusDays(1), null,
						Set.of("intake", "manager", "director"), 200),
				new Endpoint("GET", "/api/reports/revenue?month=" + YearMonth.now().minusMonths(1), null,
						Set.of("intake", "manager", "director"), 200),
				new Endpoint("GET", "/api/reports/federal-nominations?month=" + YearMonth.now().minusMonths(1), null,
						Set.of("intake", "manager", "director"), 200),
				new Endpoint("GET", "/api/reports", null, Set.of("manager", "analyst"), 200),
				new Endpoint("GET", "/api/reports/trends", null, Set.of("manager", "analyst"), 200),
				new Endpoint("GET", "/api/reports/service-times", null, Set.of("manager", "analyst"), 200),
				new Endpoint("GET", "/api/reports/queues", null, Set.of("manager", "analyst"), 200),
				new Endpoint("GET", "/api/reports/decisions.xlsx", null, Set.of("manager", "analyst"), 200),
				new Endpoint("GET", "/api/reports/revenue-summary/by-stream.csv", null, Set.of("manager", "analyst"),
						200),
				new Endpoint("GET", "/api/letter-deliveries/unconfirmed", null, Set.of("manager", "admin"), 200),
				new Endpoint("POST", files + NO_FILE + "/letter-deliveries/1/confirmation",
						"{\"delivered\":true,\"note\":\"x\"}", Set.of("manager", "admin"), 404),
				new Endpoint("POST", "/api/admin/process-migrations", null, Set.of("admin"), 200),
				// the file is at intake's completeness check: not yet the work of other
				// queues
				new Endpoint("GET", "/api/case-files/" + file, null, EVERY_FILE, 200),
				new Endpoint("POST", "/api/case-files/search", "{\"by\":\"FILE_NUMBER\",\"q\":\"" + file + "\"}",
						Set.of("intake", "officer", "integrity", "manager", "director", "analyst"), 200),
				new Endpoint("POST", "/api/case-files/" + NO_FILE + "/notes", "{\"body\":\"x\"}", STAFF_READERS, 404),
				new Endpoint("GET", "/api/task-cards", null, Set.copyOf(USERS.keySet()), 200),
				new Endpoint("GET", "/api/team/queues", null, STAFF_READERS, 200),
				new Endpoint("GET", "/api/team/queues/officers/tasks", null, Set.of("officer", "manager"), 200),
				new Endpoint("GET", "/api/team/queues/officers/waiting", null, Set.of("officer", "manager"), 200),
				new Endpoint("GET", "/api/team/queues/officers/members", null, Set.of("officer", "manager"), 200),
				new Endpoint("POST", "/api/team/queues/officers/reassignment", "{}", Set.of("manager"), 400),
				new Endpoint("POST", "/api/team/next", "{\"queue\":\"no-such-queue\"}", STAFF_READERS, 400),
				new Endpoint("GET", "/actuator/health/readiness", null, PUBLIC, 200),
				new Endpoint("GET", "/actuator/prometheus", null, Set.of("admin"), 200),
				new Endpoint("POST", "/api/public/status",
						"{\"fileNumber\":\"" + file + "\",\"dateOfBirth\":\"" + born + "\"}", PUBLIC, 200));

		String instance = CaseDriver.caseOf(this.engine, file).getId();
		String task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey("UserTask_ConfirmCompleteness")
			.singleResult()
			.getId();
		String rest = "/engine-rest/engine/" + this.engine.getName();
		Set<String> everyone = Set.copyOf(USERS.keySet());
		endpoints = new ArrayList<>(endpoints);
		// the case file of a task: staff who may not see the task are told there is none
		endpoints.add(new Endpoint("GET", "/api/case-files/by-task/" + task, null, EVERY_FILE, 200, 403,
				Set.of("officer", "integrity", "director")));
		endpoints.addAll(List.of(new Endpoint("REST GET", rest + "/task?maxResults=50", null, everyone, 200),
				new Endpoint("REST GET", rest + "/process-definition?maxResults=50", null, everyone, 200),
				new Endpoint("REST GET", rest + "/history/process-instance?maxResults=50", null, everyone, 200),
				new Endpoint("REST GET", rest + "/task/" + task + "/form-variables", null,
						Set.of("intake", "manager", "admin"), 200),
				new Endpoint("REST GET", rest + "/process-instance/" + instance, null,
						Set.of("manager", "analyst", "registryworker", "admin"), 200, 404),
				new Endpoint("REST GET", rest + "/process-instance/" + instance + "/variables", null,
						Set.of("manager", "admin"), 200),
				new Endpoint("REST DEPLOY", rest + "/deployment/create", null, Set.of("admin"), 200)));

		List<String> wrong = new ArrayList<>();
		StringBuilder matrix = new StringBuilder(String.format("%-58s %5s", "endpoint", "none"));
		USERS.keySet().forEach((user) -> matrix.append(String.format(" %9.9s", user)));
		for (Endpoint endpoint : endpoints) {
			matrix.append(String.format("%n%-58.58s", endpoint.name()));
			int anonymous = status(endpoint, null);
			matrix.append(String.format(" %5d", anonymous));
			int expectedAnonymous = endpoint.allowed() == PUBLIC ? endpoint.answer() : 401;
			if (anonymous != expectedAnonymous) {
				wrong.add(endpoint.name() + " without credentials: " + anonymous + ", not " + expectedAnonymous);
			}
			for (String user : USERS.keySet()) {
				int expected = endpoint.expectedFor(user);
				int actual = status(endpoint, user);
				matrix.append(String.format(" %9d", actual));
				if (actual != expected) {
					wrong.add(endpoint.name() + " as " + user + ": " + actual + ", not " + expected);
				}
			}
		}
		System.out.println(matrix);
		assertThat(wrong).as("pairs answering other than expected").isEmpty();
	}

	private int status(Endpoint endpoint, String user) throws Exception {
		if (endpoint.method().startsWith("REST")) {
			return restStatus(endpoint, user);
		}
		MockHttpServletRequestBuilder request = switch (endpoint.method()) {
			case "UPLOAD" -> MockMvcRequestBuilders.multipart(endpoint.path())
				.file(new MockMultipartFile("file", "notes.txt", "text/plain",
						"plain text is no document".getBytes(StandardCharsets.UTF_8)))
				.param("documentType", "PASSPORT");
			default -> MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(endpoint.method()),
					endpoint.path());
		};
		// the public status check is limited per address: each caller comes from its own
		String address = "10.9.0." + (user == null ? 0 : List.copyOf(USERS.keySet()).indexOf(user) + 1);
		request.with((mock) -> {
			mock.setRemoteAddr(address);
			return mock;
		});
		if (endpoint.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
		}
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + USERS.get(user)).getBytes(StandardCharsets.UTF_8)));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** Camunda's REST API is not Spring MVC: it is called over HTTP. */
	private int restStatus(Endpoint endpoint, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + endpoint.path()));
		if (endpoint.method().equals("REST DEPLOY")) {
			String boundary = "matrix" + System.nanoTime();
			String body = "--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe\r\n" + "--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"probe.txt\"\r\n"
					+ "Content-Type: text/plain\r\n\r\na resource and no process\r\n--" + boundary + "--\r\n";
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.GET();
		}
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + USERS.get(user)).getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
