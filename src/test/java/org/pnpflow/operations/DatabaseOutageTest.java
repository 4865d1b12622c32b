package org.pnpflow.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pnpflow.security.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.LocalPostgres;
import org.pnpflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away for about eight seconds in the middle of a load of submissions
 * over HTTP, and comes back; the application, never restarted, goes on.
 * <p>
 * The outage is that of the test's own database ({@link LocalPostgres}), so that the
 * shared server keeps serving everything else: from a separate connection to the
 * {@code postgres} database the test forbids new connections to it
 * ({@code ALTER DATABASE ... ALLOW_CONNECTIONS false}) and terminates every backend on it
 * ({@code pg_terminate_backend}), then allows connections again. To the application this
 * is what a stopped server looks like: every connection it holds is cut in mid-use (SQL
 * state 57P01, then 08xxx on the dead socket), and every new one is refused until the
 * database is back.
 * <p>
 * While it lasts, each request answers 503 problem+json with a clear message, never 500,
 * and none hangs; afterwards new submissions are accepted again, nothing is half-written
 * (each file has its applicant, payment, documents and running process, each submission
 * exists at most once, and one that got 503 can be sent again), and the job executor
 * takes every case to the completeness check without incidents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=true", "pnp.registries.local-worker.schedule=true",
				"pnp.registries.poll-interval=PT0.5S",
				// a job that fails during the outage is tried again soon, not in 5
				// minutes
				"camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle=R5/PT2S",
				// a job whose failure could not even be recorded is picked up again soon
				"camunda.bpm.job-execution.lock-time-in-millis=10000" })
@DirtiesContext
@ActiveProfiles({ "test", "postgres" })
class DatabaseOutageTest {

	private static final int THREADS = 4;

	private static final Duration LOAD = Duration.ofSeconds(20);

	private static final Duration OUTAGE_STARTS = Duration.ofSeconds(6);

	private static final Duration OUTAGE = Duration.ofSeconds(8);

	private static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);

	private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		LocalPostgres.create("pnp_outage", registry);
	}

	@LocalServerPort
	int port;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Autowired
	JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void databaseOutageAnswers503AndLeavesNothingHalfWritten() throws Exception {
		String database = this.databaseUrl.substring(this.databaseUrl.lastIndexOf('/') + 1);
		List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		long end = start + LOAD.toNanos();
		ExecutorService load = Executors.newFixedThreadPool(THREADS);
		for (int i = 0; i < THREADS; i++) {
			load.submit(() -> {
				while (System.nanoTime() < end) {
					answers.add(submit(TestApplications.skilledWorker()));
				}
				return null;
			});
		}
		Thread.sleep(OUTAGE_STARTS.toMillis());
		cut(database);
		Thread.sleep(OUTAGE.toMillis());
		restore(database);
		load.shutdown();
		assertThat(load.awaitTermination(LOAD.toSeconds() + REQUEST_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

		// during the outage: 503 with the clear message, never 500, never a hang
		List<Answer> created = answers.stream().filter((a) -> a.status == 201).toList();
		List<Answer> replayed = answers.stream().filter((a) -> a.status == 200).toList();
		List<Answer> unavailable = answers.stream().filter((a) -> a.status == 503).toList();
		List<Answer> other = answers.stream()
			.filter((a) -> a.status != 201 && a.status != 200 && a.status != 503)
			.toList();
		System.out.printf(
				"Database outage, answers: %d requests, %d created (201), %d replayed (200),"
						+ " %d unavailable (503), %d other%n",
				answers.size(), created.size(), replayed.size(), unavailable.size(), other.size());
		assertThat(other).as("answers other than 201, 200 and 503").isEmpty();
		assertThat(unavailable).as("answers while the database was cut").isNotEmpty();
		assertThat(unavailable).allSatisfy((a) -> {
			assertThat(a.contentType).startsWith("application/problem+json");
			assertThat(a.retryAfter).isNotNull();
			assertThat(a.body.path("detail").asText()).isEqualTo(DatabaseOutage.DETAIL);
		});
		assertThat(answers).allSatisfy((a) -> assertThat(a.took).isLessThan(REQUEST_LIMIT));

		// afterwards: accepted again, without a restart
		assertThat(submit(TestApplications.skilledWorker()).status).isEqualTo(201);
		awaitReadiness();

		// every submission answered 201 exists once, with the file it was told
		for (Answer answer : created) {
			assertThat(this.jdbc.queryForList("select file_number from application_file where submission_id = ?",
					String.class, answer.submissionId))
				.containsExactly(answer.body.path("fileNumber").asText());
		}
		// one answered 503 was not saved or was saved whole; sent again, it gives one
		// file
		int savedDespite503 = 0;
		for (Answer answer : unavailable) {
			List<String> before = this.jdbc.queryForList(
					"select file_number from application_file where submission_id = ?", String.class,
					answer.submissionId);
			savedDespite503 += before.size();
			Answer again = submit(answer.application);
			assertThat(again.status).isEqualTo(before.isEmpty() ? 201 : 200);
			String fileNumber = again.body.path("fileNumber").asText();
			if (!before.isEmpty()) {
				assertThat(fileNumber).isEqualTo(before.get(0));
			}
			Answer replay = submit(answer.application);
			assertThat(replay.status).isEqualTo(200);
			assertThat(replay.body.path("fileNumber").asText()).isEqualTo(fileNumber);
			assertThat(this.jdbc.queryForObject("select count(*) from application_file where submission_id = ?",
					Integer.class, answer.submissionId))
				.isEqualTo(1);
		}
		List<String> incomplete = this.jdbc.queryForList("""
				select f.file_number from application_file f
				where not exists (select 1 from applicant a where a.id = f.applicant_id)
				   or not exists (select 1 from payment p where p.application_id = f.id)
				   or (select count(*) from document d where d.application_id = f.id) <> 6
				   or not exists (select 1 from act_ru_execution e
				                  where e.proc_inst_id_ = f.process_instance_id and e.business_key_ = f.file_number)
				""", String.class);
		int files = this.jdbc.queryForObject("select count(*) from application_file", Integer.class);

		// the job executor recovers too: every case reaches the completeness check
		int movedOn = awaitCasesMovedOn(files);
		int incidents = this.jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class);
		System.out.printf(
				"Database outage: %d requests, %d created (201), %d replayed (200), %d unavailable (503, %d of them saved),"
						+ " %d other; %d files, %d incomplete, %d cases moved on, %d incidents; load and outage in %d s%n",
				answers.size(), created.size(), replayed.size(), unavailable.size(), savedDespite503, other.size(),
				files, incomplete.size(), movedOn, incidents,
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
		assertThat(incomplete).as("half-written files").isEmpty();
		assertThat(movedOn).as("cases waiting at the completeness check").isEqualTo(files);
		assertThat(incidents).as("incidents").isZero();
	}

	private Answer submit(Map<String, Object> application) {
		String submissionId = (String) application.get("submissionId");
		long began = System.nanoTime();
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/applications"))
				.timeout(REQUEST_LIMIT)
				.header("Authorization", ApiClient.basic("portal"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(application)))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isEmpty() ? this.json.createObjectNode()
					: this.json.readTree(response.body());
			return new Answer(submissionId, application, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Retry-After").orElse(null), body,
					Duration.ofNanos(System.nanoTime() - began));
		}
		catch (Exception failed) {
			// a time-out or a broken connection counts as an answer other than those
			// allowed; what happened is kept to be printed
			return new Answer(submissionId, application, -1, "", null,
					this.json.createObjectNode().put("exception", String.valueOf(failed)),
					Duration.ofNanos(System.nanoTime() - began));
		}
	}

	private void awaitReadiness() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		int status;
		do {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
					.timeout(REQUEST_LIMIT)
					.build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			if (status == 200) {
				assertThat(response.body()).contains("UP");
				return;
			}
			Thread.sleep(500);
		}
		while (System.nanoTime() < deadline);
		assertThat(status).as("readiness after the outage").isEqualTo(200);
	}

	private int awaitCasesMovedOn(int files) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
		int movedOn;
		do {
			movedOn = this.jdbc.queryForObject("""
					select count(distinct t.proc_inst_id_) from act_ru_task t
					join application_file f on f.process_instance_id = t.proc_inst_id_
					where t.task_def_key_ = 'UserTask_ConfirmCompleteness'
					""", Integer.class);
			if (movedOn >= files) {
				return movedOn;
			}
			Thread.sleep(500);
		}
		while (System.nanoTime() < deadline);
		return movedOn;
	}

	private static void cut(String database) throws SQLException {
		admin("alter database " + database + " allow_connections false",
				"select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
						+ "' and pid <> pg_backend_pid()");
	}

	private static void restore(String database) throws SQLException {
		admin("alter database " + database + " allow_connections true");
	}

	private static void admin(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/** One answer to a submission, as the portal saw it. */
	private record Answer(String submissionId, Map<String, Object> application, int status, String contentType,
			String retryAfter, JsonNode body, Duration took) {
	}

}
