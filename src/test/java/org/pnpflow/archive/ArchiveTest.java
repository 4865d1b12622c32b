package org.pnpflow.archive;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditEvent;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.casefile.FileStatus;
import org.pnpflow.casefile.Outcome;
import org.pnpflow.certificates.CertificateRepository;
import org.pnpflow.process.Sha256;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;

/**
 * Archiving on schedule (the package checked by the Library of Congress's own BagIt
 * verifier, the personal data gone, the register entry), a package spoiled while written
 * (an incident and nothing removed), and an access-to-information export.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ArchiveTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	CaseNoteRepository notes;

	@Autowired
	CertificateRepository certificates;

	@Autowired
	ArchiveRecordRepository register;

	@Autowired
	ArchiveProperties properties;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	BagWriter bags;

	ApiClient api;

	CaseDriver cases;

	CaseSteps steps;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		this.steps = new CaseSteps(this.api, this.cases);
	}

	@AfterEach
	void tearDown() {
		CaseDriver.resetClock();
		Mockito.reset(this.bags);
	}

	@Test
	void aNominatedFileIsArchivedWhenItsRetentionEndsAndKeepsOnlyWhatTheScheduleKeeps() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		byte[] offer = ApiClient.pdf();
		assertThat(this.api.upload("portal", file, "JOB_OFFER", offer, "offer letter.pdf", Map.of())
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", false);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));
		ApplicationFile before = fileOf(file);
		long id = before.getId();
		@SuppressWarnings("unchecked")
		String passport = (String) ((Map<String, Object>) application.get("applicant")).get("passportNumber");
		this.notes.save(new CaseNote(id, "officer", Instant.now(), "GENERAL", "Employer confirmed the start date."));
		String certificateNumber = this.certificates.findByApplicationId(id).orElseThrow().getCertificateNumber();
		this.api.post("officer", "/api/applications/" + file + "/permanent-residence-decision",
				Map.of("outcome", "GRANTED", "decidedOn", java.time.LocalDate.now().toString()));
		this.cases.runDueJobs();
		ProcessInstance instance = CaseDriver.caseOf(this.engine, file);
		assertThat(instance).isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		Instant decidedAt = before.getDecidedAt();

		this.cases.passTime(Duration.ofDays(2 * 366));

		assertThat(instance).isEnded();
		ArchiveRecord entry = this.register.findByFileNumber(file).orElseThrow();
		Path bag = this.properties.getDirectory().toAbsolutePath().resolve(file);
		assertThat(entry.getPackageName()).isEqualTo(file);
		assertThat(entry.getRetentionRule()).isEqualTo("pnp.retention.NOMINATED");
		assertThat(entry.getOutcome()).isEqualTo("NOMINATED");
		assertThat(entry.getCertificateNumber()).isEqualTo(certificateNumber);
		assertThat(entry.getPackageSha256()).isEqualTo(Sha256.of(bag.resolve("tagmanifest-sha256.txt")));
		assertThat(entry.getVerifiedAt()).isNotNull();
		assertThat(entry.isPersonalDataRemoved()).isTrue();

		// the package: valid for the reference BagIt verifier, and holding the whole file
		verifyWithLibraryOfCongress(bag);
		assertThat(this.bags.verify(bag)).isEmpty();
		JsonNode data = json(bag.resolve("data/file.json"));
		assertThat(data.at("/applicant/passport_number").asText()).isEqualTo(passport);
		assertThat(data.at("/applicant/family_name").asText()).isEqualTo("Okafor");
		assertThat(data.at("/employer/legal_name").asText()).isEqualTo("Northern Lights Software Inc.");
		assertThat(documentBytes(bag, "offer_letter.pdf")).isEqualTo(offer);
		try (Stream<Path> letters = Files.list(bag.resolve("data/letters"))) {
			assertThat(letters.map((letter) -> letter.getFileName().toString()))
				.anyMatch((name) -> name.endsWith("-NOMINATION-EN.pdf"))
				.anyMatch((name) -> name.endsWith("-ACKNOWLEDGEMENT-EN.pdf"));
		}
		assertThat(new String(Files.readAllBytes(bag.resolve("data/certificate/" + certificateNumber + ".pdf")),
				StandardCharsets.ISO_8859_1))
			.startsWith("%PDF");
		assertThat(Files.readString(bag.resolve("data/records/case_note.json")))
			.contains("Employer confirmed the start date.");
		assertThat(Files.readString(bag.resolve("data/records/sign_off.json"))).contains("\"director\"");
		assertThat(Files.readString(bag.resolve("data/history.json"))).contains("ServiceTask_IssueNomineeCertificate")
			.contains("UserTask_SignNomination");
		assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("External-Identifier: " + file);

		// the live database keeps the file number, stream, dates, outcome and certificate
		// number, nothing else about the person
		ApplicationFile after = fileOf(file);
		assertThat(after.getStatus()).isEqualTo(FileStatus.ARCHIVED);
		assertThat(after.getOutcome()).isEqualTo(Outcome.NOMINATED);
		assertThat(after.getStream()).isEqualTo("SKILLED_WORKER");
		assertThat(after.getReceivedAt()).isNotNull();
		assertThat(after.getDecidedAt()).isEqualTo(decidedAt);
		assertThat(after.getApplicant()).isNull();
		assertThat(after.getEmployer()).isNull();
		assertThat(count("select count(*) from application_file where id = ? and (education_level is not null"
				+ " or language_benchmark is not null or occupation_code is not null)", id))
			.isZero();
		assertThat(count("select count(*) from applicant where passport_number = ?", passport)).isZero();
		for (String table : List.of("document", "letter", "case_note", "verification_check", "interview",
				"recommendation", "sign_off", "checklist_item")) {
			assertThat(count("select count(*) from " + table + " where application_id = ?", id)).as(table).isZero();
		}
		assertThat(count("select count(*) from document_content where sha256 = ?", Sha256.of(offer))).isZero();
		assertThat(count("select count(*) from payment where application_id = ? and payer is not null", id)).isZero();
		assertThat(this.certificates.findByApplicationId(id).orElseThrow().getCertificateNumber())
			.isEqualTo(certificateNumber);
		assertThat(this.audit.ofFile(file)).extracting(AuditEvent::getAction)
			.containsSubsequence(AuditAction.FILE_ARCHIVED, AuditAction.PERSONAL_DATA_REMOVED);
		MvcResult verify = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/verify/" + certificateNumber))
			.andReturn();
		assertThat(verify.getResponse().getStatus()).isEqualTo(200);
		assertThat(verify.getResponse().getContentAsString()).contains("File archived").doesNotContain("Okafor");

		// Camunda's history of the case goes at the next clean-up (time to live: none
		// after archiving)
		String processInstanceId = instance.getId();
		assertThat(this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.count()).isPositive();
		ManagementService management = this.engine.getManagementService();
		Job cleanup = this.engine.getHistoryService().cleanUpHistoryAsync(true);
		management.executeJob(cleanup.getId());
		assertThat(this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.count()).isZero();
		assertThat(this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.count()).isZero();
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.count()).isZero();
		assertThat(this.register.findByFileNumber(file)).isPresent();
	}

	@Test
	void aPackageSpoiledWhileWrittenStopsTheRemovalAndBecomesAnIncident() throws Exception {
		Mockito.doAnswer((invocation) -> {
			BagWriter.WrittenBag written = (BagWriter.WrittenBag) invocation.callRealMethod();
			Files.writeString(written.directory().resolve("data/file.json"), " ",
					java.nio.file.StandardOpenOption.APPEND);
			return written;
		}).when(this.bags).write(any(), any(), any());
		String file = withdrawnFile();
		ProcessInstance instance = CaseDriver.caseOf(this.engine, file);
		ManagementService management = this.engine.getManagementService();

		moveClock(Duration.ofDays(370));
		management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
		Job archiving = archivingJob(instance);
		while (archiving != null && archiving.getRetries() > 0) {
			String jobId = archiving.getId();
			assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("does not check out");
			moveClock(Duration.ofMinutes(6));
			archiving = archivingJob(instance);
		}

		Incident incident = this.engine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(instance.getId())
			.singleResult();
		assertThat(incident.getActivityId()).isEqualTo("ServiceTask_ArchiveFile");
		assertThat(incident.getIncidentMessage()).contains("does not check out").contains("data/file.json");
		assertThat(this.register.findByFileNumber(file)).isEmpty();
		assertThat(fileOf(file).getApplicant()).isNotNull();
		assertThat(fileOf(file).getStatus()).isNotEqualTo(FileStatus.ARCHIVED);
		Path bag = this.properties.getDirectory().toAbsolutePath().resolve(file);
		assertThatThrownBy(() -> verifyWithLibraryOfCongress(bag)).as("the spoiled package, to the reference verifier")
			.isNotNull();

		// the cause fixed, a retry from Cockpit carries on
		Mockito.reset(this.bags);
		management.setJobRetries(archiving.getId(), 1);
		this.cases.runDueJobs();
		assertThat(instance).isEnded();
		assertThat(this.engine.getRuntimeService().createIncidentQuery().incidentId(incident.getId()).count()).isZero();
		assertThat(this.register.findByFileNumber(file).orElseThrow().isPersonalDataRemoved()).isTrue();
		assertThat(fileOf(file).getApplicant()).isNull();
		verifyWithLibraryOfCongress(bag);
	}

	@Test
	void anAccessRequestExportsEverythingAboutOneApplicantAndNothingOfAnother(@TempDir Path unpacked) throws Exception {
		Map<String, Object> first = TestApplications.skilledWorker();
		String firstFile = this.api.submit(first);
		Map<String, Object> second = new LinkedHashMap<>(first);
		second.put("submissionId", "portal-" + UUID.randomUUID());
		second.put("payment", new LinkedHashMap<>(Map.of("method", "CARD", "amount", "1500.00", "currency", "CAD",
				"payer", "Chidinma Okafor", "reference", "TXN-" + UUID.randomUUID().toString().substring(0, 8))));
		String secondFile = this.api.submit(second);
		Map<String, Object> other = TestApplications.entrepreneur();
		String otherFile = this.api.submit(other);
		this.cases.runDueJobs();
		byte[] offer = ApiClient.pdf();
		this.api.upload("portal", firstFile, "JOB_OFFER", offer, "offer.pdf", Map.of());
		this.cases.runDueJobs();
		this.cases.complete(firstFile, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "COMPLETE"));
		this.notes.save(new CaseNote(fileOf(secondFile).getId(), "intake", Instant.now(), "GENERAL",
				"Applicant phoned about the second file."));
		this.notes.save(new CaseNote(fileOf(otherFile).getId(), "intake", Instant.now(), "GENERAL",
				"A note about someone else entirely."));
		assertThat(this.api
			.post("manager", "/api/applications/" + firstFile + "/legal-holds",
					Map.of("reason", "Complaint to the ombudsman under review"))
			.getResponse()
			.getStatus()).isEqualTo(201);
		@SuppressWarnings("unchecked")
		Map<String, Object> person = (Map<String, Object>) first.get("applicant");
		String passport = (String) person.get("passportNumber");
		String born = (String) person.get("dateOfBirth");
		@SuppressWarnings("unchecked")
		String otherPassport = (String) ((Map<String, Object>) other.get("applicant")).get("passportNumber");

		// refused and invalid requests change nothing and export nothing
		int exportsBefore = this.audit.ofAction(AuditAction.ACCESS_EXPORT).size();
		Map<String, Object> request = Map.of("passportNumber", passport.toLowerCase(), "dateOfBirth", born,
				"requestReference", "ATIP-2026-0042");
		assertThat(this.api.post("officer", "/api/access-requests", request).getResponse().getStatus()).isEqualTo(403);
		MvcResult invalid = this.api.post("manager", "/api/access-requests",
				Map.of("passportNumber", passport, "dateOfBirth", "31/12/1990", "requestReference", "ATIP-1"));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
		assertThat(invalid.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(this.api.body(invalid).at("/errors/0/field").asText()).isEqualTo("dateOfBirth");
		assertThat(this.audit.ofAction(AuditAction.ACCESS_EXPORT)).hasSize(exportsBefore);

		MvcResult exported = this.api.post("manager", "/api/access-requests", request);
		assertThat(exported.getResponse().getStatus()).isEqualTo(200);
		assertThat(exported.getResponse().getHeader("Content-Disposition"))
			.contains("attachment; filename=\"access-request-ATIP-2026-0042.zip\"");
		byte[] zip = exported.getResponse().getContentAsByteArray();
		assertThat(exported.getResponse().getHeader("X-Package-SHA256")).isEqualTo(Sha256.of(zip));
		Map<String, byte[]> entries = unzip(zip, unpacked);
		Path bag = unpacked.resolve("access-request-ATIP-2026-0042");
		verifyWithLibraryOfCongress(bag);

		String prefix = "access-request-ATIP-2026-0042/data/";
		assertThat(entries).containsKeys(prefix + "request.json", prefix + "files/" + firstFile + "/file.json",
				prefix + "files/" + secondFile + "/file.json", prefix + "files/" + firstFile + "/history.json");
		assertThat(entries.keySet()).noneMatch((name) -> name.contains(otherFile));
		assertThat(entries).anySatisfy((name, content) -> assertThat(content).isEqualTo(offer));
		assertThat(new String(entries.get(prefix + "files/" + secondFile + "/records/case_note.json"),
				StandardCharsets.UTF_8))
			.contains("Applicant phoned about the second file.");
		assertThat(entries.keySet()).as("the acknowledgement letter of the complete file")
			.anyMatch((name) -> name.startsWith(prefix + "files/" + firstFile + "/letters/")
					&& name.endsWith("-ACKNOWLEDGEMENT-EN.pdf"));
		assertThat(new String(entries.get(prefix + "files/" + firstFile + "/audit.json"), StandardCharsets.UTF_8))
			.contains("LEGAL_HOLD_PLACED")
			.contains("Complaint to the ombudsman under review");
		assertThat(new String(entries.get(prefix + "files/" + firstFile + "/records/legal_hold.json"),
				StandardCharsets.UTF_8))
			.contains("\"placed_by\" : \"manager\"");
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			String text = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
			assertThat(text).as(entry.getKey())
				.doesNotContain(otherFile)
				.doesNotContain(otherPassport)
				.doesNotContain("Nguyen")
				.doesNotContain("someone else entirely");
		}

		List<AuditEvent> exports = this.audit.ofAction(AuditAction.ACCESS_EXPORT);
		assertThat(exports).hasSize(exportsBefore + 2);
		assertThat(exports.subList(exportsBefore, exports.size())).extracting(AuditEvent::getFileNumber)
			.containsExactly(firstFile, secondFile);
		assertThat(exports.get(exports.size() - 1).getActor()).isEqualTo("manager");
		assertThat(exports.get(exports.size() - 1).getRemoteAddress()).isEqualTo("127.0.0.1");
		assertThat(exports.get(exports.size() - 1).getDetail()).contains("ATIP-2026-0042").contains(Sha256.of(zip));

		// someone the program holds nothing about: 404, and the search is still audited
		MvcResult nobody = this.api.post("manager", "/api/access-requests",
				Map.of("passportNumber", "ZZ0000000", "dateOfBirth", born, "requestReference", "ATIP-2026-0043"));
		assertThat(nobody.getResponse().getStatus()).isEqualTo(404);
		assertThat(this.audit.ofAction(AuditAction.ACCESS_EXPORT)).last()
			.satisfies((event) -> assertThat(event.getDetail()).contains("ATIP-2026-0043").contains("nothing"));
	}

	private String withdrawnFile() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.api.post("portal", "/api/applications/" + file + "/withdrawal", Map.of("reason", "Moving elsewhere."));
		this.cases.runDueJobs();
		assertThat(CaseDriver.caseOf(this.engine, file)).isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		return file;
	}

	private Job archivingJob(ProcessInstance instance) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId("ServiceTask_ArchiveFile")
			.singleResult();
	}

	private static void moveClock(Duration duration) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
	}

	private static void verifyWithLibraryOfCongress(Path bag) throws Exception {
		Bag read = new BagReader().read(bag);
		try (BagVerifier verifier = new BagVerifier()) {
			verifier.isValid(read, false);
		}
		assertThat(read.getVersion().toString()).isEqualTo("1.0");
	}

	private static byte[] documentBytes(Path bag, String nameEnding) throws Exception {
		try (Stream<Path> documents = Files.list(bag.resolve("data/documents"))) {
			Path document = documents.filter((file) -> file.getFileName().toString().endsWith(nameEnding))
				.findFirst()
				.orElseThrow();
			return Files.readAllBytes(document);
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip, Path into) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				entries.put(entry.getName(), content);
				Path target = into.resolve(entry.getName());
				Files.createDirectories(target.getParent());
				Files.write(target, content);
			}
		}
		return entries;
	}

	private static JsonNode json(Path file) throws Exception {
		return new ObjectMapper().readTree(file.toFile());
	}

	private long count(String sql, Object argument) {
		return this.jdbc.queryForObject(sql, Long.class, argument);
	}

	private ApplicationFile fileOf(String file) {
		return this.files.findByFileNumber(new FileNumber(file)).orElseThrow();
	}

}
