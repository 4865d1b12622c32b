package org.pnpflow.audit;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail over real HTTP: reads, changes, downloads and exports through our API,
 * a refusal entered as a refusal only, a task's personal data shown in Tasklist or
 * through the REST API, and managers reading a file's trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// /engine-rest and Tasklist find the engine by its name
		properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext
@ActiveProfiles("test")
class AuditTrailTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuditTrail trail;

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	CaseDriver cases;

	@BeforeEach
	void setUp() {
		this.cases = new CaseDriver(this.engine);
	}

	@Test
	void readsChangesDownloadsAndExportsAreEnteredWithWhoWhenAndFromWhere() throws Exception {
		HttpResponse<String> submitted = call("portal", "POST", "/api/applications", TestApplications.skilledWorker());
		assertThat(submitted.statusCode()).isEqualTo(201);
		String file = this.json.readTree(submitted.body()).get("fileNumber").asText();
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		assertThat(call("intake", "GET", "/api/applications/" + file, null).statusCode()).isEqualTo(200);
		JsonNode letters = this.json
			.readTree(call("officer", "GET", "/api/applications/" + file + "/letters", null).body());
		String pdf = letters.get(0).get("pdfUrl").asText();
		assertThat(call("officer", "GET", pdf, null).statusCode()).isEqualTo(200);
		assertThat(
				call("manager", "GET", "/api/reports/federal-nominations?month=" + YearMonth.now(), null).statusCode())
			.isEqualTo(200);

		List<AuditEvent> entries = this.trail.ofFile(file);
		assertThat(entries).extracting(AuditEvent::getActor, AuditEvent::getAction)
			.contains(org.assertj.core.groups.Tuple.tuple("portal", AuditAction.CHANGE),
					org.assertj.core.groups.Tuple.tuple("intake", AuditAction.READ),
					org.assertj.core.groups.Tuple.tuple("officer", AuditAction.READ),
					org.assertj.core.groups.Tuple.tuple("officer", AuditAction.DOWNLOAD));
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.getRemoteAddress()).isEqualTo("127.0.0.1");
			assertThat(entry.getOccurredAt()).isNotNull();
		});
		assertThat(entries).filteredOn((entry) -> entry.getAction() == AuditAction.DOWNLOAD)
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getDetail()).contains(pdf));
		assertThat(this.trail.ofAction(AuditAction.EXPORT)).anySatisfy((entry) -> {
			assertThat(entry.getActor()).isEqualTo("manager");
			assertThat(entry.getDetail()).contains("/api/reports/federal-nominations");
		});

		// a refusal is entered as a refusal, and nothing else
		int before = this.trail.ofFile(file).size();
		assertThat(call("officer", "GET", "/api/applications/" + file + "/audit", null).statusCode()).isEqualTo(403);
		List<AuditEvent> after = this.trail.ofFile(file);
		assertThat(after).hasSize(before + 1);
		assertThat(after.get(after.size() - 1).getAction()).isEqualTo(AuditAction.DENIED);
		assertThat(after.get(after.size() - 1).getActor()).isEqualTo("officer");

		// without credentials there is no one to enter, and nothing is
		assertThat(call(null, "GET", "/api/applications/" + file, null).statusCode()).isEqualTo(401);
		assertThat(this.trail.ofFile(file)).hasSize(before + 1);

		// managers read the trail
		HttpResponse<String> read = call("manager", "GET", "/api/applications/" + file + "/audit", null);
		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode trail = this.json.readTree(read.body());
		assertThat(trail.size()).isEqualTo(before + 1);
		assertThat(trail.findValuesAsText("action")).contains("CHANGE", "READ", "DOWNLOAD", "DENIED");
	}

	@Test
	void aTasksPersonalDataShownInTasklistOrThroughTheRestApiIsEntered() throws Exception {
		String file = this.json
			.readTree(call("portal", "POST", "/api/applications", TestApplications.skilledWorker()).body())
			.get("fileNumber")
			.asText();
		this.cases.runDueJobs();
		String taskId = this.cases.task(file, "UserTask_ConfirmCompleteness").getId();

		assertThat(call("intake", "GET", "/engine-rest/task/" + taskId + "/form-variables", null).statusCode())
			.isEqualTo(200);
		assertThat(this.trail.ofFile(file)).filteredOn((entry) -> entry.getAction() == AuditAction.DISPLAY)
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.getActor()).isEqualTo("intake");
				assertThat(entry.getDetail()).contains(taskId).contains("REST API");
			});

		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(),
				HttpResponse.BodyHandlers.discarding());
		String xsrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", xsrf)
				.POST(HttpRequest.BodyPublishers
					.ofString("username=intake&password=" + URLEncoder.encode("test", StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		HttpResponse<String> shown = browser
			.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables"))
				.header("X-XSRF-TOKEN", xsrf)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("caseSummary");
		assertThat(this.trail.ofFile(file)).filteredOn((entry) -> entry.getAction() == AuditAction.DISPLAY)
			.hasSize(2)
			.last()
			.satisfies((entry) -> {
				assertThat(entry.getActor()).isEqualTo("intake");
				assertThat(entry.getDetail()).contains("Tasklist");
			});

		// a user the engine refuses sees nothing, and nothing is entered as shown
		assertThat(call("officer", "GET", "/engine-rest/task/" + taskId + "/form-variables", null).statusCode())
			.isNotEqualTo(200);
		assertThat(this.trail.ofFile(file)).filteredOn((entry) -> entry.getAction() == AuditAction.DISPLAY).hasSize(2);
	}

	private HttpResponse<String> call(String user, String method, String path, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", "application/json");
		if (user != null) {
			request.header("Authorization", ApiClient.basic(user));
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
