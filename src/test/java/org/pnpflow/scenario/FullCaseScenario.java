package org.pnpflow.scenario;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.ReportJson;
import org.pnpflow.TestApplications;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole case the way it runs in production: the portal submits over HTTP, the job
 * executor moves the case, and each person finds their task through Camunda's REST API
 * (as Tasklist does), claims it and submits its form, until the Nominee Certificate
 * exists. Subclasses choose the database.
 */
abstract class FullCaseScenario {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void applicationSubmittedOverHttpEndsWithANomineeCertificate() throws Exception {
		JsonNode receipt = call("portal", "POST", "/api/applications", TestApplications.skilledWorker(), 201);
		String file = receipt.get("fileNumber").asText();

		waitFor("intake's card for " + file, () -> {
			String filter = call("intake", "GET", "/engine-rest/filter?name=Intake%20queue&maxResults=1", null, 200)
				.get(0)
				.get("id")
				.asText();
			JsonNode cards = call("intake", "POST", "/engine-rest/filter/" + filter + "/list?maxResults=50", Map.of(),
					200, "application/hal+json");
			for (JsonNode card : cards.path("_embedded").path("task")) {
				if (card.get("name").asText().endsWith(file)) {
					JsonNode variables = card.path("_embedded").path("variable");
					assertThat(variables.findValuesAsText("name")).contains("fileNumber", "streamName", "priority");
					return card;
				}
			}
			return null;
		});
		work(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		assertThat(call("intake", "GET", "/engine-rest/task?processInstanceBusinessKey=" + file + "&maxResults=50",
				null, 200))
			.as("intake cannot see the officers' tasks")
			.isEmpty();
		work(file, "UserTask_RecordVerificationCall", "officer",
				Map.of("callNumberDialled", "+1 416 555 0100", "callPersonReached", "Pat Morrison", "callConfirmed",
						"Offer, wage and start date confirmed.", "verificationCallResult", "CLEAR"));
		work(file, "UserTask_ScheduleInterview", "officer",
				Map.of("interviewDate", LocalDate.now().plusDays(3).toString(), "interviewTime", "09:00",
						"interviewMode", "PHONE", "interviewLocation", "+234 800 555 0101"));
		work(file, "UserTask_RecordInterviewOutcome", "officer",
				Map.of("interviewOutcome", "HELD", "interviewNotes", "Answers consistent with the file."));
		work(file, "UserTask_AssessEligibility", "officer",
				Map.of("recommendation", "NOMINATE", "recommendationReasons", "Meets every criterion of the stream.",
						"workPermitSupportRequested", true, "criteriaConfirmed", true));
		work(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		work(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));

		JsonNode status = waitFor("the certificate of " + file, () -> {
			JsonNode current = call("officer", "GET", "/api/applications/" + file, null, 200);
			// the certificate is issued, its letters sent, and the file waits for the
			// federal decision
			return current.has("certificateNumber") && current.has("waitingFor") ? current : null;
		});
		assertThat(status.get("outcome").asText()).isEqualTo("NOMINATED");
		assertThat(status.get("certificateNumber").asText()).matches("PNP-NC-\\d{4}-\\d{6}");
		assertThat(status.get("certificateStatus").asText()).isEqualTo("VALID");
		assertThat(status.get("waitingFor").asText()).isEqualTo("FEDERAL_PERMANENT_RESIDENCE_DECISION");

		// the manager's reports count it, on this database: one file at each milestone,
		// the tasks it went through, one nomination
		JsonNode times = call("manager", "GET", "/api/reports/service-times", null, 200);
		for (JsonNode milestone : ReportJson.table(times, "milestones").get("rows")) {
			assertThat(milestone.get(1).asInt()).as("files at %s", milestone.get(0).asText()).isEqualTo(1);
		}
		List<String> stages = new ArrayList<>();
		ReportJson.table(times, "stages").get("rows").forEach((row) -> stages.add(row.get(0).asText()));
		assertThat(stages).contains("Confirm completeness", "Assess eligibility", "Sign off recommendation",
				"Sign nomination");
		JsonNode decisions = call("manager", "GET", "/api/reports/decisions", null, 200);
		JsonNode total = ReportJson.table(decisions, "by-stream")
			.get("rows")
			.get(ReportJson.table(decisions, "by-stream").get("rows").size() - 1);
		assertThat(total.get(1).asInt()).as("nominations").isEqualTo(1);
		for (String report : List.of("trends", "queues", "revenue-summary")) {
			assertThat(call("analyst", "GET", "/api/reports/" + report, null, 200).get("tables")).isNotEmpty();
		}
	}

	@Test
	void refusedFormSubmissionAnswers400WithTheReasonAndChangesNothing() throws Exception {
		String file = call("portal", "POST", "/api/applications",
				TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"), 201)
			.get("fileNumber")
			.asText();
		JsonNode task = waitFor("completeness task of " + file, () -> {
			JsonNode found = call("intake", "GET",
					"/engine-rest/task?processInstanceBusinessKey=" + file + "&maxResults=50", null, 200);
			return found.isEmpty() ? null : found.get(0);
		});
		String id = task.get("id").asText();
		JsonNode refused = call("intake", "POST", "/engine-rest/task/" + id + "/submit-form",
				Map.of("variables", Map.of("completenessDecision", Map.of("value", "COMPLETE"))), 400);
		assertThat(refused.get("message").asText()).startsWith("The file cannot be confirmed complete")
			.contains("Job offer: not received.");
		assertThat(call("intake", "GET", "/engine-rest/task/" + id, null, 200).get("id").asText()).isEqualTo(id);
		assertThat(call("intake", "GET", "/engine-rest/task/" + id + "/variables/completenessDecision", null, 404))
			.isNotNull();
	}

	/**
	 * Finds the file's task as the user, claims it and submits the form, as Tasklist
	 * does.
	 */
	private void work(String file, String taskKey, String user, Map<String, Object> form) throws Exception {
		JsonNode task = waitFor(taskKey + " of " + file, () -> {
			JsonNode found = call(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + file
					+ "&taskDefinitionKey=" + taskKey + "&maxResults=50", null, 200);
			return found.isEmpty() ? null : found.get(0);
		});
		String id = task.get("id").asText();
		assertThat(task.get("name").asText()).endsWith(file);
		call(user, "POST", "/engine-rest/task/" + id + "/claim", Map.of("userId", user), 204);
		Map<String, Object> variables = new LinkedHashMap<>();
		form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		call(user, "POST", "/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables), 204);
	}

	private JsonNode call(String user, String method, String path, Object body, int expectedStatus) throws Exception {
		return call(user, method, path, body, expectedStatus, "application/json");
	}

	private JsonNode call(String user, String method, String path, Object body, int expectedStatus, String accept)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", ApiClient.basic(user))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30));
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body())
			.isEqualTo(expectedStatus);
		return response.body().isEmpty() ? this.json.nullNode() : this.json.readTree(response.body());
	}

	private static JsonNode waitFor(String what, Lookup lookup) throws Exception {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			JsonNode found = lookup.find();
			if (found != null) {
				return found;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Waited 60 s for " + what);
	}

	@FunctionalInterface
	interface Lookup {

		JsonNode find() throws Exception;

	}

}
