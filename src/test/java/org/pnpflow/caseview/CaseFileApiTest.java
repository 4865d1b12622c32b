package org.pnpflow.caseview;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file API as staff meet it: a file's whole view with the parts each role may
 * see, the files each role may open, the search by each key with results limited to the
 * role, the audit entry of every opening and search, notes added from the view, and what
 * Tasklist's cards show.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseFileApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuditTrail audit;

	@Autowired
	LocalRegistryWorker registryWorker;

	ApiClient api;

	CaseDriver cases;

	CaseSteps steps;

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
	void aManagerSeesTheWholeFileAndOneTimelineNewestFirst() throws Exception {
		String file = this.steps.nominate(named("Okonkwo" + unique(), "Adaeze"));

		JsonNode view = open("manager", file, "page");
		assertThat(view.get("fileNumber").asText()).isEqualTo(file);
		assertThat(view.get("summary").get("status").asText()).isEqualTo("DECIDED");
		assertThat(view.get("summary").get("outcome").asText()).isEqualTo("NOMINATED");
		assertThat(view.get("parties").get("applicant").get("givenNames").asText()).isEqualTo("Adaeze");
		assertThat(view.get("parties").get("employer").get("businessNumber").asText()).isEqualTo("123456789");
		assertThat(view.get("documents").findValuesAsText("documentType")).contains("PASSPORT", "JOB_OFFER");
		assertThat(view.get("documents").findValuesAsText("documentTypeName")).contains("Passport", "Job offer");
		assertThat(view.get("checklist").findValuesAsText("state")).containsOnly("RECEIVED");
		assertThat(view.get("payments").get(0).get("reference").asText()).startsWith("TXN-");
		assertThat(view.get("letters").findValuesAsText("letterType")).contains("ACKNOWLEDGEMENT", "NOMINATION");
		String letterPdf = view.get("letters").get(0).get("pdfUrl").asText();
		assertThat(letterPdf).startsWith("/api/applications/" + file + "/letters/").endsWith("/pdf");
		assertThat(this.api.get("manager", letterPdf).getResponse().getContentType()).isEqualTo("application/pdf");
		JsonNode certificate = view.get("certificate");
		assertThat(certificate.get("status").asText()).isEqualTo("VALID");
		assertThat(this.api.get("manager", certificate.get("pdfUrl").asText()).getResponse().getContentAsByteArray())
			.startsWith("%PDF".getBytes());
		assertThat(view.get("verification").findValuesAsText("result")).isNotEmpty().doesNotContain("CONCERN");
		assertThat(view.get("interviews").get(0).get("outcome").asText()).isEqualTo("HELD");
		assertThat(view.get("recommendations").get(0).get("recommendation").asText()).isEqualTo("NOMINATE");
		assertThat(view.get("signOffs").findValuesAsText("role")).containsExactly("MANAGER", "DIRECTOR");
		assertThat(view.get("notes").findValuesAsText("topic")).contains("Recommendation");
		assertThat(view.get("withheld")).isEmpty();
		assertThat(view.get("openTasks")).isEmpty();

		// one timeline: the case's steps, its notes, its letters and its audit trail
		JsonNode timeline = view.get("timeline");
		assertThat(timeline.findValuesAsText("kind")).contains("STEP", "NOTE", "LETTER", "AUDIT");
		assertThat(entries(timeline, "STEP")).contains("Sign nomination", "Issue Nominee Certificate",
				"Confirm completeness");
		assertThat(entries(timeline, "AUDIT")).contains("CASE_FILE_OPENED");
		for (int i = 1; i < timeline.size(); i++) {
			assertThat(timeline.get(i - 1).get("at").asText().compareTo(timeline.get(i).get("at").asText()))
				.as("entry %d is not newer than entry %d", i, i - 1)
				.isGreaterThanOrEqualTo(0);
		}
		JsonNode signed = find(timeline, "STEP", "Sign nomination");
		assertThat(signed.get("state").asText()).isEqualTo("DONE");
		assertThat(signed.get("actor").asText()).isEqualTo("director");
		assertThat(signed.get("type").asText()).isEqualTo("userTask");
	}

	@Test
	void eachRoleSeesThePartsOfTheFileItsWorkNeeds() throws Exception {
		String file = this.steps.receiveCompleteFile(named("Mbeki" + unique(), "Thabo"));

		JsonNode intake = open("intake", file, null);
		assertThat(intake.get("payments")).isNotEmpty();
		assertThat(intake.get("parties").get("applicant")).isNotNull();
		assertThat(texts(intake.get("withheld"))).containsExactlyInAnyOrder("VERIFICATION", "INTERVIEWS",
				"RECOMMENDATIONS", "AUDIT");
		assertThat(intake.get("timeline").findValuesAsText("kind")).doesNotContain("AUDIT");

		JsonNode officer = open("officer", file, null);
		assertThat(officer.get("payments")).isEmpty();
		assertThat(texts(officer.get("withheld"))).containsExactlyInAnyOrder("PAYMENTS", "AUDIT");
		assertThat(officer.get("openTasks").get(0).get("queue").asText()).isEqualTo("officers");

		assertThat(status("analyst", "/api/case-files/" + file)).isEqualTo(403);
		assertThat(status("portal", "/api/case-files/" + file)).isEqualTo(403);
		assertThat(status("registryworker", "/api/case-files/" + file)).isEqualTo(403);
		assertThat(status("intake", "/api/case-files/PNP-1999-999999")).isEqualTo(404);
	}

	@Test
	void officersOpenTheFilesTheirQueueHasWorkedOnly() throws Exception {
		String file = this.api.submit(named("Ferreira" + unique(), "Ana"));
		this.cases.runDueJobs();
		// at intake's completeness check: not yet officers' work
		assertThat(status("officer", "/api/case-files/" + file)).isEqualTo(403);
		assertThat(status("director", "/api/case-files/" + file)).isEqualTo(403);
		assertThat(status("intake", "/api/case-files/" + file)).isEqualTo(200);
		assertThat(status("manager", "/api/case-files/" + file)).isEqualTo(200);

		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		assertThat(status("officer", "/api/case-files/" + file)).isEqualTo(200);
		assertThat(status("director", "/api/case-files/" + file)).isEqualTo(403);
	}

	@Test
	void everyOpeningIsInTheAuditTrailWithWhoWhereAndHow() throws Exception {
		String file = this.steps.receiveCompleteFile(named("Nakamura" + unique(), "Yui"));
		open("officer", file, "page");
		Task call = this.cases.task(file, "UserTask_RecordVerificationCall");
		MvcResult byTask = this.api.get("officer", "/api/case-files/by-task/" + call.getId());
		assertThat(byTask.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.body(byTask).get("fileNumber").asText()).isEqualTo(file);
		open("manager", file, null);

		List<AuditEvent> openings = this.audit.ofFile(file)
			.stream()
			.filter((entry) -> entry.getAction() == AuditAction.CASE_FILE_OPENED)
			.toList();
		assertThat(openings).extracting(AuditEvent::getActor).containsExactly("officer", "officer", "manager");
		assertThat(openings.get(0).getDetail()).isEqualTo("Case file opened through the case file page");
		assertThat(openings.get(1).getDetail()).contains("through Tasklist")
			.contains("Record verification call")
			.contains(call.getId());
		assertThat(openings.get(2).getDetail()).isEqualTo("Case file opened through the API");
		assertThat(openings).allSatisfy((entry) -> {
			assertThat(entry.getRemoteAddress()).isEqualTo("127.0.0.1");
			assertThat(entry.getOccurredAt()).isNotNull();
			assertThat(entry.getFileNumber()).isEqualTo(file);
		});
		// the generic read entry is not written twice for the same opening
		assertThat(this.audit.ofFile(file)).noneMatch(
				(entry) -> entry.getAction() == AuditAction.READ && entry.getDetail().contains("/api/case-files"));

		// a refusal is entered as one
		String other = this.api.submit(named("Nakamura" + unique(), "Ren"));
		this.cases.runDueJobs();
		assertThat(status("officer", "/api/case-files/" + other)).isEqualTo(403);
		assertThat(this.audit.ofFile(other)).anySatisfy((entry) -> {
			assertThat(entry.getAction()).isEqualTo(AuditAction.DENIED);
			assertThat(entry.getActor()).isEqualTo("officer");
		});
		assertThat(this.audit.ofFile(other)).noneMatch((entry) -> entry.getAction() == AuditAction.CASE_FILE_OPENED);
	}

	@Test
	void searchFindsFilesByEachKeyAmongThoseTheRoleMayOpen() throws Exception {
		String family = "Abernathy" + unique();
		Map<String, Object> atIntake = named(family, "Grace");
		String waitingForIntake = this.api.submit(atIntake);
		this.cases.runDueJobs();
		Map<String, Object> withOfficers = named(family, "Henry");
		String atOfficers = this.steps.receiveCompleteFile(withOfficers);
		String passport = (String) applicantOf(withOfficers).get("passportNumber");
		String born = (String) applicantOf(withOfficers).get("dateOfBirth");

		// intake and managers find every file
		assertThat(found("intake", "NAME", family)).containsExactlyInAnyOrder(waitingForIntake, atOfficers);
		assertThat(found("manager", "NAME", family.toUpperCase() + " henry")).containsExactly(atOfficers);
		assertThat(found("intake", "FILE_NUMBER", atOfficers)).containsExactly(atOfficers);
		assertThat(found("intake", "FILE_NUMBER", atOfficers.substring(4))).containsExactly(atOfficers);
		assertThat(found("intake", "FILE_NUMBER", atOfficers.toLowerCase())).containsExactly(atOfficers);
		assertThat(found("intake", "PASSPORT_NUMBER", passport.toLowerCase())).containsExactly(atOfficers);
		assertThat(found("intake", "DATE_OF_BIRTH", born)).contains(atOfficers);

		// officers find only the files of their queue, by every key
		assertThat(found("officer", "NAME", family)).containsExactly(atOfficers);
		assertThat(found("officer", "FILE_NUMBER", waitingForIntake)).isEmpty();
		assertThat(found("officer", "PASSPORT_NUMBER", passport)).containsExactly(atOfficers);
		assertThat(found("officer", "DATE_OF_BIRTH", born)).contains(atOfficers).doesNotContain(waitingForIntake);
		assertThat(found("director", "NAME", family)).isEmpty();

		// results show the applicant to staff; analysts find by number only, with no
		// personal data
		JsonNode staff = search("intake", "FILE_NUMBER", atOfficers).get("results").get(0);
		assertThat(staff.get("applicantName").asText()).isEqualTo("Henry " + family);
		assertThat(staff.get("passportNumber").asText()).isEqualTo(passport);
		JsonNode analyst = search("analyst", "FILE_NUMBER", atOfficers).get("results").get(0);
		assertThat(analyst.get("fileNumber").asText()).isEqualTo(atOfficers);
		assertThat(analyst.has("applicantName")).isFalse();
		assertThat(analyst.has("dateOfBirth")).isFalse();
		assertThat(analyst.has("passportNumber")).isFalse();
		for (String key : List.of("NAME", "PASSPORT_NUMBER", "DATE_OF_BIRTH")) {
			assertThat(this.api
				.post("analyst", "/api/case-files/search",
						Map.of("by", key, "q", key.equals("DATE_OF_BIRTH") ? born : family))
				.getResponse()
				.getStatus()).as("analyst searching by %s", key).isEqualTo(403);
		}
		assertThat(this.api.post("portal", "/api/case-files/search", Map.of("by", "FILE_NUMBER", "q", atOfficers))
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void everySearchIsInTheAuditTrailWithItsQueryAndTheFilesShown() throws Exception {
		String family = "Whitfield" + unique();
		String file = this.steps.receiveCompleteFile(named(family, "Rose"));
		found("officer", "NAME", family);
		assertThat(this.audit.ofFile(file)).filteredOn((entry) -> entry.getAction() == AuditAction.CASE_FILE_SEARCH)
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.getActor()).isEqualTo("officer");
				assertThat(entry.getDetail()).isEqualTo("Search by NAME for \"" + family + "\": 1 file(s) shown");
				assertThat(entry.getRemoteAddress()).isEqualTo("127.0.0.1");
			});

		String nobody = "Nobody" + unique();
		assertThat(found("intake", "NAME", nobody)).isEmpty();
		assertThat(this.audit.ofAction(AuditAction.CASE_FILE_SEARCH)).anySatisfy((entry) -> {
			assertThat(entry.getFileNumber()).isNull();
			assertThat(entry.getActor()).isEqualTo("intake");
			assertThat(entry.getDetail()).contains(nobody).contains("0 file(s) shown");
		});
	}

	@Test
	void aBadSearchIsA400NamingTheField() throws Exception {
		assertField(Map.of("q", "okafor"), "by");
		assertField(Map.of("by", "SHOE_SIZE", "q", "okafor"), "by");
		assertField(Map.of("by", "NAME"), "q");
		assertField(Map.of("by", "NAME", "q", "   "), "q");
		assertField(Map.of("by", "DATE_OF_BIRTH", "q", "14/03/1991"), "q");
		assertField(Map.of("by", "NAME", "q", "x".repeat(101)), "q");
		assertThat(problemField(this.api.post("intake", "/api/case-files/search", "[1, 2"))).isEqualTo("body");
	}

	@Test
	void staffAddNotesThatShowInTheViewAndTheTimeline() throws Exception {
		String file = this.steps.receiveCompleteFile(named("Lindqvist" + unique(), "Sofia"));
		MvcResult added = this.api.post("officer", "/api/case-files/" + file + "/notes",
				Map.of("topic", "Phone call", "body", "The applicant called to ask when the interview will be."));
		assertThat(added.getResponse().getStatus()).isEqualTo(201);
		assertThat(this.api.body(added).get("author").asText()).isEqualTo("officer");

		JsonNode view = open("intake", file, null);
		assertThat(view.get("notes").findValuesAsText("topic")).contains("Phone call");
		assertThat(find(view.get("timeline"), "NOTE", "Phone call").get("detail").asText())
			.isEqualTo("The applicant called to ask when the interview will be.");
		assertThat(view.get("mayAddNote").asBoolean()).isTrue();

		int notes = view.get("notes").size();
		assertThat(problemField(this.api.post("officer", "/api/case-files/" + file + "/notes", Map.of("body", " "))))
			.isEqualTo("body");
		assertThat(problemField(this.api.post("officer", "/api/case-files/" + file + "/notes",
				Map.of("topic", "t".repeat(61), "body", "A note."))))
			.isEqualTo("topic");
		assertThat(problemField(
				this.api.post("officer", "/api/case-files/" + file + "/notes", Map.of("body", "n".repeat(4001)))))
			.isEqualTo("body");
		assertThat(problemField(this.api.post("officer", "/api/case-files/" + file + "/notes", "{not json")))
			.isEqualTo("body");
		assertThat(this.api.post("analyst", "/api/case-files/" + file + "/notes", Map.of("body", "A note."))
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(open("intake", file, null).get("notes").size()).as("nothing recorded by refused notes")
			.isEqualTo(notes);

		// the next task of the file shows the note at the head of its form
		this.steps.verifyClear(file);
		String summary = (String) this.engine.getTaskService()
			.getVariableLocal(this.cases.task(file, "UserTask_ScheduleInterview").getId(), "caseSummary");
		assertThat(summary).contains("Phone call").contains("when the interview will be");
	}

	@Test
	void taskCardsShowTheFileAndItsWaitForTasksTheUserMaySee() throws Exception {
		String file = this.steps.receiveCompleteFile(named("Castellano" + unique(), "Lucia"));
		Task call = this.cases.task(file, "UserTask_RecordVerificationCall");
		JsonNode cards = this.api.body(this.api.get("officer", "/api/task-cards?taskId=" + call.getId()));
		assertThat(cards).hasSize(1);
		assertThat(cards.get(0).get("fileNumber").asText()).isEqualTo(file);
		assertThat(cards.get(0).get("onHold").asBoolean()).isFalse();
		assertThat(cards.get(0).has("waitingUntil")).isFalse();
		// a task of another queue is not shown
		assertThat(this.api.body(this.api.get("intake", "/api/task-cards?taskId=" + call.getId()))).isEmpty();
		assertThat(this.api.body(this.api.get("officer", "/api/task-cards"))).isEmpty();
	}

	// --- helpers

	private JsonNode open(String user, String file, String via) throws Exception {
		MvcResult result = this.api.get(user, "/api/case-files/" + file + (via == null ? "" : "?via=" + via));
		assertThat(result.getResponse().getStatus())
			.as("%s opening %s: %s", user, file, result.getResponse().getContentAsString())
			.isEqualTo(200);
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		return this.api.body(result);
	}

	private JsonNode search(String user, String by, String query) throws Exception {
		MvcResult result = this.api.post(user, "/api/case-files/search", Map.of("by", by, "q", query));
		assertThat(result.getResponse().getStatus())
			.as("%s searching by %s: %s", user, by, result.getResponse().getContentAsString())
			.isEqualTo(200);
		return this.api.body(result);
	}

	private List<String> found(String user, String by, String query) throws Exception {
		return search(user, by, query).get("results").findValuesAsText("fileNumber");
	}

	private int status(String user, String path) throws Exception {
		return this.api.get(user, path).getResponse().getStatus();
	}

	private void assertField(Map<String, String> body, String field) throws Exception {
		MvcResult result = this.api.post("intake", "/api/case-files/search", body);
		assertThat(result.getResponse().getStatus()).as("%s", body).isEqualTo(400);
		assertThat(problemField(result)).as("%s", body).isEqualTo(field);
	}

	private String problemField(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		return this.api.body(result).get("errors").get(0).get("field").asText();
	}

	private static List<String> entries(JsonNode timeline, String kind) {
		return java.util.stream.StreamSupport.stream(timeline.spliterator(), false)
			.filter((entry) -> kind.equals(entry.get("kind").asText()))
			.map((entry) -> entry.get("title").asText())
			.toList();
	}

	private static JsonNode find(JsonNode timeline, String kind, String title) {
		for (JsonNode entry : timeline) {
			if (kind.equals(entry.get("kind").asText()) && title.equals(entry.get("title").asText())) {
				return entry;
			}
		}
		throw new AssertionError("No " + kind + " \"" + title + "\" in the timeline: " + timeline);
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	/** A complete Skilled Worker application of a person with this name. */
	static Map<String, Object> named(String family, String given) {
		Map<String, Object> application = TestApplications.skilledWorker();
		applicantOf(application).put("familyName", family);
		applicantOf(application).put("givenNames", given);
		return application;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> applicantOf(Map<String, Object> application) {
		return (Map<String, Object>) application.get("applicant");
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
	}

}
