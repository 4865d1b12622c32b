package org.pnpflow.intake;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.process.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake API as the e-filing portal meets it: what it accepts, what it refuses and
 * how, and file numbers that stay unique and gap-free under concurrent submissions.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IntakeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
	}

	@Test
	void goodApplicationGetsAFileNumberAndStartsItsCase() throws Exception {
		MvcResult result = this.api.post("portal", "/api/applications", TestApplications.skilledWorker());
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		JsonNode body = this.api.body(result);
		String fileNumber = body.get("fileNumber").asText();
		assertThat(fileNumber).matches("PNP-" + Year.now().getValue() + "-\\d{6}");
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/applications/" + fileNumber);
		assertThat(body.get("status").asText()).isEqualTo("OPEN");
		assertThat(body.get("receivedAt").asText()).isNotBlank();
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(fileNumber).count()).isOne();
		Map<String, Object> variables = this.runtime.getVariables(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(fileNumber)
			.singleResult()
			.getId());
		assertThat(variables).containsKeys(ProcessVariables.APPLICATION_ID, ProcessVariables.FILE_NUMBER,
				ProcessVariables.STREAM);
		assertThat(variables.values()).noneMatch((value) -> String.valueOf(value).contains("Okafor"));

		new CaseDriver(this.engine).runDueJobs();
		JsonNode status = this.api.status(fileNumber);
		assertThat(status.get("stage").asText()).isEqualTo("Confirm completeness");
		assertThat(status.get("openTasks").get(0).get("queue").asText()).isEqualTo("intake");
		assertThat(status.has("applicant")).isFalse();

		JsonNode asPortal = this.api.body(this.api.get("portal", "/api/applications/" + fileNumber));
		assertThat(asPortal.get("stage").asText()).isEqualTo("In processing");
		assertThat(asPortal.get("openTasks")).isEmpty();
		assertThat(asPortal.get("flags")).isEmpty();
		assertThat(asPortal.has("priority")).isFalse();
	}

	@Test
	void sameSubmissionTwiceReturnsTheSameFile() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		MvcResult first = this.api.post("portal", "/api/applications", application);
		MvcResult second = this.api.post("portal", "/api/applications", application);
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(second.getResponse().getStatus()).isEqualTo(200);
		String fileNumber = this.api.body(first).get("fileNumber").asText();
		assertThat(this.api.body(second).get("fileNumber").asText()).isEqualTo(fileNumber);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(fileNumber).count()).isOne();
	}

	@Test
	void badApplicationIsRefusedWithEveryBadFieldNamedAndNothingWritten() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		application.put("stream", "ASTRONAUT");
		@SuppressWarnings("unchecked")
		Map<String, Object> applicant = (Map<String, Object>) application.get("applicant");
		applicant.put("email", "not-an-email");
		applicant.put("dateOfBirth", "2999-01-01");
		applicant.remove("familyName");
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) application.get("payment");
		payment.put("currency", "USD");
		payment.put("amount", "-5");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> documents = (List<Map<String, Object>>) application.get("documents");
		documents.add(TestApplications.document("HOROSCOPE", "2025-01-01", null, null));

		long files = count("application_file");
		long applicants = count("applicant");
		MvcResult result = this.api.post("portal", "/api/applications", application);

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		Set<String> fields = new TreeSet<>();
		this.api.body(result).get("errors").forEach((error) -> fields.add(error.get("field").asText()));
		assertThat(fields).contains("stream", "applicant.email", "applicant.dateOfBirth", "applicant.familyName",
				"payment.currency", "payment.amount", "documents[6].documentType");
		assertThat(count("application_file")).isEqualTo(files);
		assertThat(count("applicant")).isEqualTo(applicants);
	}

	@Test
	void employerIsRequiredWhereTheStreamAsksForOne() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		application.remove("employer");
		MvcResult result = this.api.post("portal", "/api/applications", application);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.api.body(result).get("errors").get(0).get("field").asText()).isEqualTo("employer");
	}

	@Test
	void aPaymentReferenceAlreadyRecordedRefusesTheWholeSubmission() throws Exception {
		Map<String, Object> first = TestApplications.skilledWorker();
		assertThat(this.api.post("portal", "/api/applications", first).getResponse().getStatus()).isEqualTo(201);
		long files = this.runtime.createProcessInstanceQuery().processDefinitionKey("PnpApplicationProcess").count();
		Map<String, Object> second = TestApplications.skilledWorker();
		second.put("payment", first.get("payment"));
		MvcResult refused = this.api.post("portal", "/api/applications", second);
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.api.body(refused).get("errors").get(0).get("field").asText()).isEqualTo("payment.reference");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey("PnpApplicationProcess").count())
			.as("no file, no case")
			.isEqualTo(files);
	}

	@Test
	void aScoredStreamNeedsWhatThePointsGridScores() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		application.remove("humanCapital");
		MvcResult missing = this.api.post("portal", "/api/applications", application);
		assertThat(missing.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.api.body(missing).get("errors").get(0).get("field").asText()).isEqualTo("humanCapital");

		application.put("humanCapital", Map.of("educationLevel", "PHD", "languageBenchmark", 13, "experienceYears", 2));
		MvcResult wrong = this.api.post("portal", "/api/applications", application);
		assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
		Set<String> fields = new TreeSet<>();
		this.api.body(wrong).get("errors").forEach((error) -> fields.add(error.get("field").asText()));
		assertThat(fields).containsExactly("humanCapital.educationLevel", "humanCapital.languageBenchmark",
				"humanCapital.provincialConnection");

		Map<String, Object> entrepreneur = TestApplications.entrepreneur();
		entrepreneur.remove("humanCapital");
		assertThat(this.api.post("portal", "/api/applications", entrepreneur).getResponse().getStatus())
			.as("an unscored stream does without")
			.isEqualTo(201);
	}

	@Test
	void unreadableBodyNamesTheField() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> applicant = (Map<String, Object>) application.get("applicant");
		applicant.put("dateOfBirth", "14/03/1991");
		MvcResult wrongDate = this.api.post("portal", "/api/applications", application);
		assertThat(wrongDate.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.api.body(wrongDate).get("errors").get(0).get("field").asText())
			.isEqualTo("applicant.dateOfBirth");

		MvcResult notJson = this.api.post("portal", "/api/applications", "{\"stream\": ");
		assertThat(notJson.getResponse().getStatus()).isEqualTo(400);
		assertThat(notJson.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void callersMustSignInAndHaveTheRightRole() throws Exception {
		// a wrong password delays that user's next login (Camunda's throttling): use a
		// user no other test needs
		MvcResult anonymous = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/applications/PNP-1"))
			.andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
		MvcResult wrongPassword = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/applications/PNP-1")
				.header("Authorization", "Basic YW5hbHlzdDp3cm9uZw=="))
			.andReturn();
		assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(401);
		MvcResult officer = this.api.post("officer", "/api/applications", TestApplications.skilledWorker());
		assertThat(officer.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.api.get("intake", "/api/applications/PNP-1999-000001").getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void apiIsDescribedByAnOpenApiDocumentForThoseWhoSignIn() throws Exception {
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/openapi"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		MvcResult result = this.api.get("director", "/api/openapi");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("/api/applications/{fileNumber}");
	}

	@Test
	void concurrentSubmissionsGetUniqueConsecutiveNumbersAndDuplicatesOneFile() throws Exception {
		int distinct = 16;
		Map<String, Object> repeated = TestApplications.skilledWorker();
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < distinct; i++) {
			Map<String, Object> application = TestApplications.skilledWorker();
			calls.add(() -> this.api.body(this.api.post("portal", "/api/applications", application))
				.get("fileNumber")
				.asText());
		}
		for (int i = 0; i < 4; i++) {
			calls.add(() -> this.api.body(this.api.post("portal", "/api/applications", repeated))
				.get("fileNumber")
				.asText());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<String> numbers = new ArrayList<>();
		try {
			for (Future<String> future : pool.invokeAll(calls)) {
				numbers.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		Set<String> unique = new TreeSet<>(numbers);
		assertThat(unique).hasSize(distinct + 1);
		List<Integer> sequence = unique.stream()
			.map((n) -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
			.toList();
		for (int i = 1; i < sequence.size(); i++) {
			assertThat(sequence.get(i)).as("numbers without gaps: %s", unique).isEqualTo(sequence.get(i - 1) + 1);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from application_file where submission_id = ?", Long.class,
				repeated.get("submissionId")))
			.isOne();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
