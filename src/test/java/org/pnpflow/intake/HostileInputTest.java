package org.pnpflow.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.process.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake and upload APIs fed thousands of generated malformed, oversized and random
 * requests (jqwik generators, seed printed; rerun one with {@code -Dhostile.seed=...}):
 * never a server error, every refusal an application/problem+json, nothing written by a
 * refused request, exactly one file with its applicant, documents and payment written by
 * an accepted one, and the API still takes a good application afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostileInputTest {

	static final int INTAKE_REQUESTS = Integer.getInteger("hostile.intake-requests", 3_000);

	static final int UPLOAD_REQUESTS = Integer.getInteger("hostile.upload-requests", 1_500);

	static final int OVERSIZED_UPLOADS = 3;

	static final List<String> TABLES = List.of("application_file", "applicant", "document", "document_content",
			"payment");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	private final Set<String> casesBefore = new HashSet<>();

	@BeforeEach
	void rememberTheCasesAlreadyRunning() {
		this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.list()
			.forEach((instance) -> this.casesBefore.add(instance.getId()));
	}

	/**
	 * The hundreds of cases the accepted inputs started are ended, so that the tests that
	 * share this application context do not find their jobs waiting.
	 */
	@AfterEach
	void endTheCasesStartedHere() {
		List<String> started = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.list()
			.stream()
			.map((instance) -> instance.getId())
			.filter((id) -> !this.casesBefore.contains(id))
			.toList();
		if (!started.isEmpty()) {
			this.engine.getRuntimeService().deleteProcessInstances(started, "hostile-input test done", true, true);
		}
	}

	@Test
	void intakeRefusesEveryHostileBodyWithAProblemAndWritesNothing() throws Exception {
		Tally tally = new Tally("intake POST /api/applications", seed());
		for (HostileInputs.IntakeBody body : samples(HostileInputs.intakeBodies(), INTAKE_REQUESTS, tally.seed)) {
			long[] before = rows();
			Answer answer = send(intakeRequest(body));
			long[] after = rows();
			int status = answer.status();
			long[] expected = switch (status) {
				case 201 -> new long[] { 1, 1, body.documents(), 0, body.hasPayment() ? 1 : 0 };
				// 200: the same submission again, answered with the file recorded the
				// first time
				default -> new long[TABLES.size()];
			};
			tally.record(answer, before, after, expected, body.describe());
		}
		stillAcceptsAGoodApplication(tally);
		tally.report();
	}

	@Test
	void uploadsRefuseEveryHostilePartWithAProblemAndStoreNothing() throws Exception {
		ApiClient api = new ApiClient(this.mvc);
		String fileNumber = api.submit(TestApplications.skilledWorker());
		new CaseDriver(this.engine).runDueJobs();
		Tally tally = new Tally("upload POST /api/applications/{fileNumber}/documents", seed());
		List<HostileInputs.Upload> uploads = new ArrayList<>(
				samples(HostileInputs.uploads(fileNumber), UPLOAD_REQUESTS, tally.seed));
		for (int i = 0; i < OVERSIZED_UPLOADS; i++) {
			uploads.add(uploads.size() * (i + 1) / (OVERSIZED_UPLOADS + 1),
					new HostileInputs.Upload("oversized", fileNumber, "file", "huge-" + i + ".pdf",
							HostileInputs.oversized(1 + i * 4096), Map.of("documentType", "JOB_OFFER")));
		}
		for (HostileInputs.Upload upload : uploads) {
			boolean contentKnown = upload.content() != null
					&& this.jdbc.queryForObject("select count(*) from document_content where sha256 = ?", Long.class,
							Sha256.of(upload.content())) > 0;
			long[] before = rows();
			Answer answer = send(uploadRequest(upload));
			long[] after = rows();
			long[] expected = new long[TABLES.size()];
			if (answer.status() == 201) {
				expected[TABLES.indexOf("document")] = 1;
				// the same bytes on another file share their stored content
				expected[TABLES.indexOf("document_content")] = contentKnown ? 0 : 1;
			}
			tally.record(answer, before, after, expected, upload.describe());
		}
		MvcResult good = api.upload("portal", fileNumber, "JOB_OFFER", ApiClient.pdf(), "offer.pdf", Map.of());
		assertThat(good.getResponse().getStatus()).as("a good upload after the run").isEqualTo(201);
		stillAcceptsAGoodApplication(tally);
		tally.report();
	}

	private void stillAcceptsAGoodApplication(Tally tally) throws Exception {
		MvcResult good = new ApiClient(this.mvc).post("portal", "/api/applications", TestApplications.skilledWorker());
		assertThat(good.getResponse().getStatus()).as("a good application after the run").isEqualTo(201);
		tally.orphans = this.jdbc.queryForObject("select (select count(*) from application_file"
				+ " where process_instance_id is null) + (select count(*) from document d where d.sha256 is not null"
				+ " and not exists (select 1 from document_content c where c.sha256 = d.sha256))", Long.class);
	}

	/**
	 * Sends the request; an exception no handler turned into a response is what a client
	 * would see as a 500.
	 */
	private Answer send(org.springframework.test.web.servlet.RequestBuilder request) {
		try {
			MvcResult result = this.mvc.perform(request).andReturn();
			String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			return new Answer(result.getResponse().getStatus(), result.getResponse().getContentType(),
					body.length() > 400 ? body.substring(0, 400) + "..." : body);
		}
		catch (Exception unhandled) {
			return new Answer(500, null, "unhandled " + unhandled);
		}
	}

	/** The status, content type and (the start of) the body of a response. */
	record Answer(int status, String contentType, String body) {
	}

	private MockHttpServletRequestBuilder intakeRequest(HostileInputs.IntakeBody body) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/api/applications")
			.header(HttpHeaders.AUTHORIZATION, ApiClient.basic("portal"))
			.content(body.body());
		return body.contentType() == null ? request : request.header(HttpHeaders.CONTENT_TYPE, body.contentType());
	}

	private MockMultipartHttpServletRequestBuilder uploadRequest(HostileInputs.Upload upload) {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders
			.multipart("/api/applications/" + upload.fileNumber() + "/documents");
		if (upload.partName() != null) {
			request.file(new MockMultipartFile(upload.partName(), upload.fileName(),
					MediaType.APPLICATION_OCTET_STREAM_VALUE, upload.content()));
		}
		upload.params().forEach(request::param);
		request.header(HttpHeaders.AUTHORIZATION, ApiClient.basic("portal"));
		return request;
	}

	private long[] rows() {
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < TABLES.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(TABLES.get(i)).append(')');
		}
		return this.jdbc.queryForObject(sql.toString(), (rs, row) -> {
			long[] counts = new long[TABLES.size()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = rs.getLong(i + 1);
			}
			return counts;
		});
	}

	private static String seed() {
		return System.getProperty("hostile.seed", String.valueOf(System.nanoTime()));
	}

	private static <T> List<T> samples(Arbitrary<T> arbitrary, int count, String seed) {
		JqwikSession.start(seed);
		try {
			return arbitrary.sampleStream().limit(count).toList();
		}
		finally {
			JqwikSession.finish();
		}
	}

	/**
	 * What a run sent and what came back; failures are collected so the counts are
	 * printed before the test fails.
	 */
	static final class Tally {

		final String endpoint;

		final String seed;

		final long started = System.nanoTime();

		final Map<Integer, Integer> byStatus = new TreeMap<>();

		final List<String> failures = new ArrayList<>();

		int sent;

		int accepted;

		int refused;

		int serverErrors;

		int notProblemJson;

		int partial;

		long orphans;

		Tally(String endpoint, String seed) {
			this.endpoint = endpoint;
			this.seed = seed;
		}

		void record(Answer answer, long[] before, long[] after, long[] expected, String input) {
			int status = answer.status();
			this.sent++;
			this.byStatus.merge(status, 1, Integer::sum);
			Function<String, String> failure = (what) -> what + " (status " + status + ") for " + input
					+ "\n    response: " + answer.body();
			if (status >= 500) {
				this.serverErrors++;
				this.failures.add(failure.apply("server error"));
			}
			else if (status >= 400) {
				this.refused++;
				String type = answer.contentType();
				if (type == null
						|| !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
					this.notProblemJson++;
					this.failures.add(failure.apply("refusal as " + type + ", not application/problem+json"));
				}
			}
			else if (status == 200 || status == 201) {
				this.accepted++;
			}
			else {
				this.failures.add(failure.apply("unexpected status"));
			}
			List<String> wrong = new ArrayList<>();
			for (int i = 0; i < TABLES.size(); i++) {
				if (after[i] - before[i] != expected[i]) {
					wrong.add(TABLES.get(i) + " " + (after[i] - before[i] >= 0 ? "+" : "") + (after[i] - before[i])
							+ " (expected +" + expected[i] + ")");
				}
			}
			if (!wrong.isEmpty()) {
				this.partial++;
				this.failures.add(failure.apply("rows written " + wrong));
			}
		}

		void report() {
			long seconds = (System.nanoTime() - this.started) / 1_000_000_000L;
			System.out.printf(
					"%nHostile input, %s (seed %s, %d s): %d requests sent; by status %s; accepted %d, refused %d,"
							+ " 5xx %d, refusals not problem+json %d, partial records %d (+%d orphaned rows after"
							+ " the run)%n",
					this.endpoint, this.seed, seconds, this.sent, this.byStatus, this.accepted, this.refused,
					this.serverErrors, this.notProblemJson, this.partial, this.orphans);
			this.failures.stream().limit(20).forEach((f) -> System.out.println("  FAILED: " + f));
			assertThat(this.failures).as("failures of " + this.endpoint + " with seed " + this.seed).isEmpty();
			assertThat(this.orphans).as("rows without their counterpart").isZero();
		}

	}

}
