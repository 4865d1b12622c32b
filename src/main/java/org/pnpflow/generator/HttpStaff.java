package org.pnpflow.generator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The portal and the staff of the demo profile, over this application's HTTP API: the
 * portal submits an application, and each user claims the case's task and submits its
 * form through Camunda's REST API as Tasklist does, until the file holds its Nominee
 * Certificate.
 */
final class HttpStaff {

	/** How long one case may take from submission to certificate before the run fails. */
	private static final Duration CASE_LIMIT = Duration.ofMinutes(5);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	private final String base;

	private final String password;

	private final ProcessEngine engine;

	private final TaskService tasks;

	private final String engineRest;

	HttpStaff(int port, String password, ProcessEngine engine) {
		this.engine = engine;
		this.tasks = engine.getTaskService();
		this.engineRest = "/engine-rest/engine/" + engine.getName();
		this.base = "http://127.0.0.1:" + port;
		this.password = password;
	}

	/** Submits the application as the portal; returns the file number. */
	String submit(Map<String, Object> application) {
		return call("portal", "POST", "/api/applications", application, 201).get("fileNumber").asText();
	}

	/**
	 * Works the file's tasks along the nomination path until its certificate is issued
	 * and its letters sent.
	 * @return the number of tasks completed
	 */
	int workToCertificate(String file) throws InterruptedException {
		Instant limit = Instant.now().plus(CASE_LIMIT);
		int completed = 0;
		while (Instant.now().isBefore(limit)) {
			// the harness looks in the engine; each task is claimed and completed
			// over HTTP as its user
			List<Task> tasks = this.tasks.createTaskQuery().processInstanceBusinessKey(file).list();
			if (!tasks.isEmpty()) {
				Task task = tasks.get(0);
				NominationPath.Step step = NominationPath.step(task.getTaskDefinitionKey(), LocalDate.now());
				if (step == null) {
					throw new IllegalStateException(
							"File " + file + " left the nomination path at " + task.getTaskDefinitionKey());
				}
				String id = task.getId();
				call(step.user(), "POST", this.engineRest + "/task/" + id + "/claim", Map.of("userId", step.user()),
						204);
				Map<String, Object> variables = new LinkedHashMap<>();
				step.form().forEach((name, value) -> variables.put(name, Map.of("value", value)));
				call(step.user(), "POST", this.engineRest + "/task/" + id + "/complete", Map.of("variables", variables),
						204);
				completed++;
				continue;
			}
			// settled at its certificate in the engine: the officer reads the file's
			// status over HTTP to confirm it (the harness does not poll the API)
			if (settledAtCertificate(file)) {
				JsonNode status = call("officer", "GET", "/api/applications/" + file, null, 200);
				if (status.has("certificateNumber") && status.has("waitingFor")) {
					return completed;
				}
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("File " + file + " did not reach its certificate within " + CASE_LIMIT);
	}

	/** The nomination letter's step is done and no step of the case is due. */
	private boolean settledAtCertificate(String file) {
		String instance = this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(file)
			.singleResult()
			.getId();
		return this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance)
			.activityId("ServiceTask_SendNominationLetter")
			.finished()
			.count() > 0
				&& this.engine.getManagementService()
					.createJobQuery()
					.processInstanceId(instance)
					.executable()
					.count() == 0;
	}

	/**
	 * This engine's part of Camunda's REST API, e.g. {@code /engine-rest/engine/default}.
	 */
	String engineRest() {
		return this.engineRest;
	}

	/** One call; an answer other than the expected status fails the run, naming it. */
	JsonNode call(String user, String method, String path, Object body, int expected) {
		return call(user, method, path, body, expected, "application/json");
	}

	/**
	 * The time of one call in milliseconds, answered in the given type (Tasklist asks for
	 * a page of cards as HAL, with their variables embedded).
	 */
	double timed(String user, String method, String path, Object body, String accept) {
		long started = System.nanoTime();
		call(user, method, path, body, 200, accept);
		return (System.nanoTime() - started) / 1e6;
	}

	private JsonNode call(String user, String method, String path, Object body, int expected, String accept) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", basic(user))
				.header("Accept", accept);
			if (body != null) {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(method + " " + path + " as " + user + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body().isEmpty() ? this.json.nullNode() : this.json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private String basic(String user) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + this.password).getBytes(StandardCharsets.UTF_8));
	}

}
