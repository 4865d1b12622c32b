package org.pnpflow.publicstatus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditEvent;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The applicant-facing status check as the public meets it, without a login: the right
 * pair of file number and date of birth answers where the file stands and nothing
 * personal; any wrong pair answers the same 404; checks are limited per client address
 * and per file number; each answer is in the audit trail; and the page does the same
 * without JavaScript.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicStatusTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicStatusProperties properties;

	@Autowired
	LocalRegistryWorker registryWorker;

	private final ObjectMapper json = new ObjectMapper();

	ApiClient api;

	CaseDriver cases;

	CaseSteps steps;

	/** A different client address for each test, so that their counts do not mix. */
	private static int nextAddress = 10;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		this.steps = new CaseSteps(this.api, this.cases);
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void rightPairAnswersWhereTheFileStandsAndNothingPersonal() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String born = bornOn(application);
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		String address = address();

		JsonNode received = ok(check(file, born, address));
		assertThat(received.get("fileNumber").asText()).isEqualTo(file);
		assertThat(received.get("status").asText()).isEqualTo("RECEIVED");
		assertThat(received.get("en").asText()).startsWith("Received");
		assertThat(received.get("fr").asText()).startsWith("Reçue");
		assertThat(received.get("lastChanged").asText()).isEqualTo(today());
		assertThat(received.has("waitingFor")).isFalse();

		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		JsonNode inProgress = ok(check(file, born, address));
		assertThat(inProgress.get("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(inProgress.get("fr").asText()).startsWith("En cours");

		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", false);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));
		MvcResult decided = check(file, born, address());
		JsonNode nominated = ok(decided);
		assertThat(nominated.get("status").asText()).isEqualTo("DECIDED");
		assertThat(nominated.get("decision").asText()).isEqualTo("NOMINATED");
		assertThat(nominated.get("en").asText()).startsWith("Decided: you have been nominated");
		assertThat(nominated.get("lastChanged").asText()).isEqualTo(today());

		assertThat(nominated.properties()).extracting(Map.Entry::getKey)
			.containsOnly("fileNumber", "status", "decision", "en", "fr", "lastChanged");
		String body = decided.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Okafor", "Chidinma", born, "officer", "manager", "director", "Reasons");
		assertThat(decided.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
	}

	@Test
	void fileWaitingForTheApplicantSaysWhatAndByWhen() throws Exception {
		Map<String, Object> application = TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER");
		String born = bornOn(application);
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));

		JsonNode waiting = ok(check(file, born, address()));
		assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_YOU");
		assertThat(waiting.get("waitingFor")).hasSize(1);
		JsonNode asked = waiting.get("waitingFor").get(0);
		assertThat(asked.get("en").asText()).isEqualTo("the documents or information listed in our letter");
		assertThat(asked.get("fr").asText()).isEqualTo("les documents ou renseignements indiqués dans notre lettre");
		LocalDate deadline = LocalDate.ofInstant(
				this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getInformationDeadline(),
				ZoneId.of("America/Toronto"));
		assertThat(asked.get("dueBy").asText()).isEqualTo(deadline.toString());
		assertThat(waiting.get("lastChanged").asText()).isEqualTo(today());

		String page = this.mvc.perform(page(file, born, address()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.replaceAll("<[^>]+>", "")).contains("Waiting for you", "En attente de votre part",
				"the documents or information listed in our letter, by " + deadline,
				"les documents ou renseignements indiqués dans notre lettre, au plus tard le " + deadline);
	}

	@Test
	void wrongDateOfBirthAndUnknownFileNumberAnswerTheSame404() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String born = bornOn(application);
		String file = this.api.submit(application);
		String address = address();

		MvcResult wrongDate = check(file, LocalDate.parse(born).plusDays(1).toString(), address);
		MvcResult unknown = check("PNP-1999-999999", born, address);

		assertThat(wrongDate.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(wrongDate.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String body = wrongDate.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).isEqualTo(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(this.json.readTree(body).get("detail").asText())
			.isEqualTo("No file matches that file number and date of birth");
		assertThat(this.audit.ofFile(file)).noneMatch((event) -> event.getAction() == AuditAction.PUBLIC_STATUS_CHECK);
	}

	@Test
	void archivedFileAnswers404() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String born = bornOn(application);
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		assertThat(check(file, born, address()).getResponse().getStatus()).isEqualTo(200);

		// what archiving leaves: the file without its applicant
		this.jdbc.update("update application_file set applicant_id = null where file_number = ?", file);

		MvcResult archived = check(file, born, address());
		assertThat(archived.getResponse().getStatus()).isEqualTo(404);
		assertThat(archived.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
				check("PNP-1999-999998", born, address()).getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void missingOrInvalidFieldsAnswer400NamingTheField() throws Exception {
		String address = address();
		assertProblem(send(Map.of("fileNumber", "PNP-2026-000001"), address), "dateOfBirth", "is required");
		assertProblem(send(Map.of("dateOfBirth", "1990-05-31"), address), "fileNumber", "is required");
		assertProblem(send(Map.of("fileNumber", "PNP-2026-000001", "dateOfBirth", "31/05/1990"), address),
				"dateOfBirth", "is not a date like 1990-05-31 (yyyy-MM-dd)");
		assertProblem(send(Map.of("fileNumber", "not a file number", "dateOfBirth", "1990-05-31"), address),
				"fileNumber", "is not a file number like PNP-2026-000123");
		assertProblem(send("{\"fileNumber\": ", address), "body",
				"is not a JSON object with fileNumber and dateOfBirth");
	}

	@Test
	void tooManyChecksFromOneAddressAnswer429WithRetryAfterAndLeaveOtherAddressesAlone() throws Exception {
		String busy = "10.0.0.5";
		int limit = this.properties.getMaxRequests();
		for (int i = 0; i < limit; i++) {
			assertThat(check(String.format("PNP-1998-%06d", i), "1990-05-31", busy).getResponse().getStatus())
				.as("check %d of %d", i + 1, limit)
				.isEqualTo(404);
		}
		MvcResult refused = check("PNP-1998-000999", "1990-05-31", busy);
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		long retryAfter = Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
		assertThat(retryAfter).isBetween(1L, this.properties.getWindow().toSeconds());

		assertThat(check("PNP-1998-000999", "1990-05-31", "10.0.0.6").getResponse().getStatus()).as("another address")
			.isEqualTo(404);
		assertThat(this.mvc.perform(page("PNP-1998-000999", "1990-05-31", busy)).andReturn().getResponse().getStatus())
			.as("the page shares the limit")
			.isEqualTo(429);

		this.cases.passTime(this.properties.getWindow());
		assertThat(check("PNP-1998-000999", "1990-05-31", busy).getResponse().getStatus())
			.as("once the window has passed")
			.isEqualTo(404);
	}

	@Test
	void failedAttemptsLockTheFileNumberForItsWindow() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String born = bornOn(application);
		String file = this.api.submit(application);
		Map<String, Object> other = TestApplications.skilledWorker();
		String otherFile = this.api.submit(other);
		LocalDate wrong = LocalDate.parse(born).minusYears(1);

		for (int i = 0; i < this.properties.getMaxFailedAttempts(); i++) {
			// from a new address each time: the lock is the file number's, not the
			// client's
			assertThat(check(file, wrong.minusDays(i).toString(), address()).getResponse().getStatus()).isEqualTo(404);
		}
		MvcResult locked = check(file, born, address());
		assertThat(locked.getResponse().getStatus()).as("even the right pair, while locked").isEqualTo(429);
		assertThat(Long.parseLong(locked.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L,
				this.properties.getFailedAttemptsWindow().toSeconds());
		assertThat(check(otherFile, bornOn(other), address()).getResponse().getStatus()).as("another file")
			.isEqualTo(200);

		String unknown = "PNP-1997-000001";
		for (int i = 0; i < this.properties.getMaxFailedAttempts(); i++) {
			check(unknown, "1990-05-31", address());
		}
		assertThat(check(unknown, "1990-05-31", address()).getResponse().getStatus())
			.as("an unknown file number locks the same way, so the lock tells nothing")
			.isEqualTo(429);

		this.cases.passTime(this.properties.getFailedAttemptsWindow());
		assertThat(check(file, born, address()).getResponse().getStatus()).as("once the window has passed")
			.isEqualTo(200);
	}

	@Test
	void eachAnswerIsInTheAuditTrail() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String file = this.api.submit(application);
		String address = address();
		assertThat(check(file, bornOn(application), address).getResponse().getStatus()).isEqualTo(200);

		AuditEvent event = this.audit.ofFile(file)
			.stream()
			.filter((entry) -> entry.getAction() == AuditAction.PUBLIC_STATUS_CHECK)
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(event.getActor()).isEqualTo("public");
		assertThat(event.getRemoteAddress()).isEqualTo(address);
		assertThat(event.getDetail()).isEqualTo("Status check answered (API): RECEIVED");
	}

	@Test
	void pageAsksAndAnswersWithoutJavaScript() throws Exception {
		MvcResult form = this.mvc.perform(get("/status")).andReturn();
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		String html = form.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("<form method=\"post\" action=\"/status\">", "<label for=\"fileNumber\">",
					"<label for=\"dateOfBirth\">", "Numéro de dossier", "Date de naissance")
			.doesNotContain("<script", "src=\"http", "href=\"http", "@import");
		// its look, shared with the verification page, comes from this server without a
		// login
		MvcResult style = this.mvc.perform(get("/css/public-pages.css")).andReturn();
		assertThat(style.getResponse().getStatus()).isEqualTo(200);
		assertThat(style.getResponse().getContentType()).startsWith("text/css");

		Map<String, Object> application = TestApplications.skilledWorker();
		String born = bornOn(application);
		String file = this.api.submit(application);
		String address = address();
		MvcResult answered = this.mvc.perform(page(file, born, address)).andReturn();
		assertThat(answered.getResponse().getStatus()).isEqualTo(200);
		String answer = answered.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains(file, "Received: we are checking", "Reçue : nous vérifions", today())
			.doesNotContain("Okafor", "Chidinma", "value=\"" + born);
		assertThat(this.audit.ofFile(file)).anyMatch((event) -> event.getAction() == AuditAction.PUBLIC_STATUS_CHECK
				&& event.getDetail().equals("Status check answered (page): RECEIVED"));

		MvcResult wrong = this.mvc.perform(page(file, LocalDate.parse(born).plusDays(2).toString(), address))
			.andReturn();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(404);
		assertThat(wrong.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
				"No file matches that file number and date of birth",
				"Aucun dossier ne correspond à ce numéro de dossier et à cette date de naissance");

		MvcResult invalid = this.mvc.perform(page(file, "", address)).andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
		assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Date of birth",
				"is required", "est obligatoire");
	}

	private MvcResult check(String fileNumber, String dateOfBirth, String address) throws Exception {
		return send(Map.of("fileNumber", fileNumber, "dateOfBirth", dateOfBirth), address);
	}

	private MvcResult send(Object body, String address) throws Exception {
		return this.mvc.perform(post("/api/public/status").contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String text ? text : this.json.writeValueAsString(body))
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn();
	}

	private static MockHttpServletRequestBuilder page(String fileNumber, String dateOfBirth, String address) {
		return post("/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("fileNumber", fileNumber)
			.param("dateOfBirth", dateOfBirth)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	private JsonNode ok(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private void assertProblem(MvcResult result, String field, String message) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode errors = this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.get("errors");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
		assertThat(errors.get(0).get("message").asText()).isEqualTo(message);
	}

	@SuppressWarnings("unchecked")
	private static String bornOn(Map<String, Object> application) {
		return (String) ((Map<String, Object>) application.get("applicant")).get("dateOfBirth");
	}

	private static synchronized String address() {
		return "10.1.0." + nextAddress++;
	}

	private String today() {
		return LocalDate.now(ZoneId.of("America/Toronto")).toString();
	}

}
