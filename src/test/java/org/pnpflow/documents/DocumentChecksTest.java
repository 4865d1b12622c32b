package org.pnpflow.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.casefile.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every problem code of the document check, on files submitted through the API, with the
 * sentence an applicant reads in English and French.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DocumentChecksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	DocumentChecks checks;

	@Autowired
	TransactionTemplate transaction;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
	}

	@Test
	void completeFileHasNoProblem() throws Exception {
		List<ChecklistItem> items = checklist(TestApplications.skilledWorker());
		assertThat(items).extracting(ChecklistItem::getState).containsOnly(ItemState.RECEIVED);
		assertThat(items).hasSize(6);
	}

	@Test
	void missingDocument() throws Exception {
		List<ChecklistItem> items = checklist(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		assertThat(problems(items)).containsExactly(tuple("JOB_OFFER", ItemState.MISSING, "Job offer: not received."));
	}

	@Test
	void expiredAndExpiringDocuments() throws Exception {
		Map<String, Object> application = replace(TestApplications.skilledWorker(), "PASSPORT",
				TestApplications.document("PASSPORT", "2016-01-10", LocalDate.now().minusDays(1).toString(), null));
		assertThat(problems(checklist(application))).extracting((t) -> t.toList().get(1))
			.containsExactly(ItemState.EXPIRED);

		String inThreeMonths = LocalDate.now().plusMonths(3).toString();
		application = replace(TestApplications.skilledWorker(), "PASSPORT",
				TestApplications.document("PASSPORT", "2016-01-10", inThreeMonths, null));
		List<ChecklistItem> items = checklist(application);
		assertThat(problems(items)).extracting((t) -> t.toList().get(1)).containsExactly(ItemState.EXPIRES_TOO_SOON);
		assertThat(items).filteredOn(ChecklistItem::isProblem)
			.first()
			.extracting(ChecklistItem::getProblem)
			.asString()
			.contains("expires on " + inThreeMonths)
			.contains("must remain valid until at least " + LocalDate.now().plusMonths(6));
	}

	@Test
	void documentOlderThanTheChecklistAllows() throws Exception {
		Map<String, Object> application = replace(TestApplications.skilledWorker(), "LANGUAGE_TEST", TestApplications
			.document("LANGUAGE_TEST", LocalDate.now().minusMonths(30).toString(), null, "IELTS-1"));
		assertThat(problems(checklist(application))).extracting((t) -> t.toList().get(1))
			.containsExactly(ItemState.TOO_OLD);
	}

	@Test
	void documentsThatAreNotTheApplicantsOwn() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		Map<String, Object> passport = TestApplications.document("PASSPORT", "2022-01-10", "2032-01-09", "X9999999");
		passport.put("holderFamilyName", "Okafor");
		passport.put("holderGivenNames", "Chidinma");
		passport.put("holderDateOfBirth", "1970-01-01");
		Map<String, Object> test = TestApplications.document("LANGUAGE_TEST", LocalDate.now().toString(), null, "T-1");
		test.put("holderFamilyName", "Okoro");
		replace(application, "PASSPORT", passport);
		replace(application, "LANGUAGE_TEST", test);
		List<ChecklistItem> items = checklist(application);
		assertThat(problems(items)).extracting((t) -> t.toList().get(1))
			.containsExactlyInAnyOrder(ItemState.BIRTH_DATE_MISMATCH, ItemState.PASSPORT_NUMBER_MISMATCH,
					ItemState.NAME_MISMATCH);
		assertThat(items).filteredOn((item) -> item.getState() == ItemState.NAME_MISMATCH)
			.first()
			.extracting(ChecklistItem::getProblem)
			.asString()
			.contains("(Okoro)")
			.contains("(Chidinma Okafor)");
	}

	@Test
	void namesAreComparedAsAPersonWouldReadThem() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		Map<String, Object> test = TestApplications.document("LANGUAGE_TEST", LocalDate.now().toString(), null, "T-1");
		test.put("holderFamilyName", "OKAFOR");
		test.put("holderGivenNames", "chidinma");
		replace(application, "LANGUAGE_TEST", test);
		assertThat(problems(checklist(application))).isEmpty();
	}

	@Test
	void samePassportOnAnotherOpenFileIsFlaggedForIntegrityWithoutBlockingTheFile() throws Exception {
		Map<String, Object> first = TestApplications.skilledWorker();
		String firstFile = this.api.submit(first);
		Map<String, Object> second = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> applicant = (Map<String, Object>) second.get("applicant");
		@SuppressWarnings("unchecked")
		String passport = (String) ((Map<String, Object>) first.get("applicant")).get("passportNumber");
		applicant.put("passportNumber", passport);
		replace(second, "PASSPORT", TestApplications.document("PASSPORT", "2022-01-10", "2032-01-09", passport));
		String secondFile = this.api.submit(second);
		new CaseDriver(this.engine).runDueJobs();
		List<ChecklistItem> items = checklistOf(secondFile);
		assertThat(problems(items)).extracting((t) -> t.toList().get(1)).containsExactly(ItemState.DUPLICATE);
		assertThat(items).filteredOn(ChecklistItem::isOutstanding).isEmpty();
		assertThat(items).filteredOn((item) -> item.getState() == ItemState.DUPLICATE)
			.first()
			.extracting(ChecklistItem::getProblem)
			.asString()
			.contains(firstFile);
		assertThat(this.files.findByFileNumber(new FileNumber(secondFile)).orElseThrow().getFlags())
			.contains(DocumentChecks.PROGRAM_INTEGRITY_FLAG);
	}

	@Test
	void problemsAreWrittenInTheApplicantsLanguage() {
		assertThat(this.checks.sentence("POLICE_CERTIFICATE", ItemState.TOO_OLD, "2025-01-02|2026-05-22", Language.FR))
			.isEqualTo("Certificat de police : délivré le 2025-01-02, alors qu'il doit avoir été délivré le 2026-05-22"
					+ " ou après. Veuillez envoyer un document plus récent.");
		assertThat(this.checks.sentence("PASSPORT", ItemState.MISSING, null, Language.EN))
			.isEqualTo("Passport: not received.");
	}

	private List<ChecklistItem> checklist(Map<String, Object> application) throws Exception {
		String file = this.api.submit(application);
		new CaseDriver(this.engine).runDueJobs();
		return checklistOf(file);
	}

	private List<ChecklistItem> checklistOf(String fileNumber) {
		return this.transaction.execute((status) -> {
			ApplicationFile file = this.files.findByFileNumber(new FileNumber(fileNumber)).orElseThrow();
			return this.checks.checklistOf(file);
		});
	}

	private static List<org.assertj.core.groups.Tuple> problems(List<ChecklistItem> items) {
		return items.stream()
			.filter(ChecklistItem::isProblem)
			.map((item) -> tuple(item.getDocumentType(), item.getState(), item.getProblem()))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> replace(Map<String, Object> application, String type,
			Map<String, Object> document) {
		TestApplications.without(application, type);
		((List<Map<String, Object>>) application.get("documents")).add(document);
		return application;
	}

}
