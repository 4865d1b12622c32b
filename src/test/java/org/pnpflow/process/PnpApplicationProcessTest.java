package org.pnpflow.process;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.casefile.Outcome;
import org.pnpflow.certificates.Certificate;
import org.pnpflow.certificates.CertificateRepository;
import org.pnpflow.fees.Payment;
import org.pnpflow.fees.PaymentRepository;
import org.pnpflow.fees.Refund;
import org.pnpflow.fees.RefundRepository;
import org.pnpflow.letters.Letter;
import org.pnpflow.letters.LetterRepository;
import org.pnpflow.letters.LetterType;
import org.pnpflow.process.BusinessDays;
import org.pnpflow.registers.LocalRegistryWorker;
import org.pnpflow.verification.MisrepresentationBan;
import org.pnpflow.verification.MisrepresentationBanRepository;
import org.pnpflow.verification.VerificationCheck;
import org.pnpflow.verification.VerificationCheckRepository;
import org.pnpflow.verification.VerificationResult;
import org.pnpflow.archive.ArchiveRecordRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path through {@code processes/pnp-application.bpmn}, driven the way the portal
 * and staff drive it: applications and applicant answers through the API, tasks completed
 * as users of their group, timers by moving the clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = { MainProcessFullyCovered.class, ProcessEngineCoverageTestExecutionListener.class },
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class PnpApplicationProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	ArchiveRecordRepository archiveRegister;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	LetterRepository letters;

	@Autowired
	CertificateRepository certificates;

	@Autowired
	MisrepresentationBanRepository bans;

	@Autowired
	PaymentRepository paymentRepository;

	@Autowired
	RefundRepository refundRepository;

	@Autowired
	VerificationCheckRepository checks;

	@Autowired
	BusinessDays businessDays;

	@Autowired
	LocalRegistryWorker registryWorker;

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
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void nominatedFileGetsCertificateLettersAndIsArchivedAfterRetention() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", true);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));

		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("Gateway_AfterNomination");
		assertThat(instance).hasPassed("ServiceTask_IssueNomineeCertificate", "ServiceTask_SendNominationLetter",
				"ServiceTask_SendWorkPermitSupportLetter", "ServiceTask_SendAcknowledgementLetter");
		Certificate certificate = certificateOf(file);
		assertThat(certificate.getCertificateNumber()).matches("PNP-NC-\\d{4}-\\d{6}");
		assertThat(certificate.getSignedBy()).isEqualTo("director");
		assertThat(certificate.getExpiresOn()).isEqualTo(certificate.getIssuedOn().plusMonths(6));
		assertThat(letterTypes(file)).containsExactly(LetterType.ACKNOWLEDGEMENT, LetterType.INTERVIEW_INVITATION,
				LetterType.NOMINATION, LetterType.WORK_PERMIT_SUPPORT);
		Letter nomination = letterOf(file, LetterType.NOMINATION);
		assertThat(nomination.getBody()).contains(certificate.getCertificateNumber()).contains("Chidinma Okafor");
		assertThat(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getOutcome())
			.isEqualTo(Outcome.NOMINATED);

		assertThat(this.api
			.post("officer", "/api/applications/" + file + "/permanent-residence-decision",
					Map.of("outcome", "GRANTED", "decidedOn", LocalDate.now().toString()))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		assertThat(certificateOf(file).getStatus()).isEqualTo(Certificate.Status.USED);
		assertThat(instance).isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");

		this.cases.passTime(Duration.ofDays(2 * 366));
		assertThat(instance).isEnded().hasPassed("ServiceTask_ArchiveFile", "EndEvent_FileArchived");
		assertThat(this.api.status(file).get("status").asText()).isEqualTo("ARCHIVED");
	}

	@Test
	void refusalRecommendationSendsFairnessLetterAndTheAnswerIsWeighed() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "REFUSE", false);

		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitFairnessResponse");
		Letter fairness = letterOf(file, LetterType.PROCEDURAL_FAIRNESS);
		assertThat(fairness.getBody()).contains("Reasons given by officer");
		assertThat(fairness.getDeadline()).isNotNull();
		assertThat(this.api.status(file).get("waitingFor").asText()).isEqualTo("APPLICANT_FAIRNESS_RESPONSE");

		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/fairness-response",
					Map.of("response", "My employer has since confirmed the position in writing."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		assertThat((String) this.engine.getTaskService()
			.getVariableLocal(this.cases.task(file, "UserTask_MakeFinalRecommendation").getId(),
					ProcessVariables.TASK_DETAILS))
			.contains("employer has since confirmed")
			.contains("/api/applications/" + file + "/letters/" + fairness.getId() + "/pdf");
		this.steps.recommendFinal(file, "REFUSE");
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));

		assertThat(instance).hasPassed("ServiceTask_RecordRefusal", "ServiceTask_SendRefusalLetter",
				"EndEvent_ApplicationRefused");
		assertThat(instance).isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		assertThat(letterOf(file, LetterType.REFUSAL).getBody()).contains("Final reasons");
		assertThat(this.api.status(file).get("outcome").asText()).isEqualTo("REFUSED");
		assertThat(this.certificates.findAll()).noneMatch((c) -> c.getApplicationId()
			.equals(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId()));
	}

	@Test
	void unansweredFairnessLetterGoesBackToTheOfficerAtTheDeadline() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "REFUSE", false);
		this.cases.passTime(Duration.ofDays(31));
		assertThat(instance(file)).isWaitingAt("UserTask_MakeFinalRecommendation");
		assertThat((String) this.engine.getTaskService()
			.getVariableLocal(this.cases.task(file, "UserTask_MakeFinalRecommendation").getId(),
					ProcessVariables.TASK_DETAILS))
			.contains("No response was received by the deadline");
	}

	@Test
	void incompleteFileIsRemindedAndClosedAtTheDeadline() throws Exception {
		String file = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitDocuments");
		Letter request = letterOf(file, LetterType.MISSING_INFORMATION);
		assertThat(request.getBody()).contains("Job offer: not received");
		assertThat(this.api.status(file).get("outstandingItems").get(0).get("documentType").asText())
			.isEqualTo("JOB_OFFER");

		this.cases.passTime(Duration.ofDays(24));
		assertThat(letterTypes(file)).contains(LetterType.MISSING_INFORMATION_REMINDER);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitDocuments");

		this.cases.passTime(Duration.ofDays(7));
		assertThat(instance).hasPassed("ServiceTask_CloseFileIncomplete", "ServiceTask_SendClosedIncompleteLetter",
				"EndEvent_FileClosedIncomplete");
		assertThat(letterTypes(file)).containsExactly(LetterType.MISSING_INFORMATION,
				LetterType.MISSING_INFORMATION_REMINDER, LetterType.CLOSED_INCOMPLETE);
		assertThat(this.api.status(file).get("outcome").asText()).isEqualTo("CLOSED_INCOMPLETE");
		// pnp.fees.refund-on-outcomes: the fee of a file closed as incomplete is refunded
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		assertThat(this.refundRepository.findByApplicationIdOrderByIdAsc(id)).singleElement().satisfies((refund) -> {
			assertThat(refund.getAmount()).isEqualByComparingTo("1500.00");
			assertThat(refund.getReason()).isEqualTo("CLOSED_INCOMPLETE");
		});

		var late = this.api.upload("portal", file, "JOB_OFFER", ApiClient.pdf(), "offer.pdf",
				Map.of("issuedOn", LocalDate.now().toString()));
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(late.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void incompleteFileCompletedByTheApplicantIsAcknowledged() throws Exception {
		String file = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		assertThat(this.api
			.upload("portal", file, "JOB_OFFER", ApiClient.pdf(), "offer.pdf",
					Map.of("issuedOn", LocalDate.now().toString()))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("UserTask_ConfirmCompleteness");
		assertThat(this.api.status(file).get("outstandingItems")).isEmpty();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		assertThat(instance).hasPassed("ServiceTask_SendAcknowledgementLetter");
		assertThat(letterTypes(file)).containsExactly(LetterType.MISSING_INFORMATION, LetterType.ACKNOWLEDGEMENT);
	}

	@Test
	void partialAnswerGetsANewLetterWithWhatIsStillMissingAndTheSameDeadline() throws Exception {
		String file = this.api.submit(TestApplications
			.without(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"), "EMPLOYER_DECLARATION"));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		Letter first = letterOf(file, LetterType.MISSING_INFORMATION);
		assertThat(first.getBody()).contains("Job offer: not received").contains("Employer declaration: not received");

		this.cases.passTime(Duration.ofDays(10));
		assertThat(this.api
			.upload("portal", file, "JOB_OFFER", ApiClient.pdf(), "offer.pdf",
					Map.of("issuedOn", LocalDate.now().toString()))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitDocuments").hasPassed("ServiceTask_RecheckDocuments");
		Letter second = letterOf(file, LetterType.MISSING_INFORMATION);
		assertThat(second.getId()).isNotEqualTo(first.getId());
		assertThat(second.getBody()).contains("Employer declaration: not received").doesNotContain("Job offer");
		assertThat(second.getDeadline()).isEqualTo(first.getDeadline());
		assertThat(this.api.status(file).get("informationDeadline").asText()).isEqualTo(first.getDeadline().toString());

		this.cases.passTime(Duration.ofDays(14));
		assertThat(letterTypes(file)).filteredOn((type) -> type == LetterType.MISSING_INFORMATION_REMINDER).hasSize(1);
		assertThat(this.api
			.upload("portal", file, "EMPLOYER_DECLARATION", ApiClient.pdf(), "declaration.pdf",
					Map.of("issuedOn", LocalDate.now().toString()))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		assertThat(instance).isWaitingAt("UserTask_ConfirmCompleteness");
		assertThat(letterTypes(file)).filteredOn((type) -> type == LetterType.MISSING_INFORMATION_REMINDER).hasSize(1);
	}

	@Test
	void paperDocumentRecordedByIntakeCompletesTheFile() throws Exception {
		String file = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "COMPLETE")))
			.hasMessageContaining("cannot be confirmed complete")
			.hasMessageContaining("Job offer");
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "COMPLETE", "paperDocumentsReceived", Spin.JSON("[\"JOB_OFFER\"]")));
		assertThat(instance(file)).hasPassed("ServiceTask_SendAcknowledgementLetter");
	}

	@Test
	void intakeCanAskForSomethingTheChecklistDoesNotCover() throws Exception {
		String file = this.api.submit(TestApplications.skilledWorker());
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "INCOMPLETE",
				"completenessNote", "The employer declaration is not signed."));
		assertThat(letterOf(file, LetterType.MISSING_INFORMATION).getBody()).contains("not signed");
	}

	@Test
	void documentsArrivingWhileIntakeChecksTheFileAreCountedAtOnce() throws Exception {
		String file = this.api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		this.cases.runDueJobs();
		assertThat(this.api
			.upload("portal", file, "JOB_OFFER", ApiClient.pdf(), "offer.pdf",
					Map.of("issuedOn", LocalDate.now().toString()))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		assertThat(instance(file)).hasPassed("ServiceTask_SendAcknowledgementLetter");
	}

	@Test
	void noWithdrawalOnceTheDecisionIsRecorded() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "REFUSE", false);
		this.cases.passTime(Duration.ofDays(31));
		this.steps.recommendFinal(file, "REFUSE");
		Task signOff = this.cases.task(file, "UserTask_SignOffRecommendation");
		this.cases.as("manager", () -> {
			this.engine.getTaskService().claim(signOff.getId(), "manager");
			this.engine.getTaskService().complete(signOff.getId(), Map.of("signOffDecision", "APPROVE"));
		});
		this.engine.getManagementService()
			.executeJob(this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance(file).getId())
				.activityId("ServiceTask_RecordRefusal")
				.singleResult()
				.getId());
		assertThat(this.api.post("portal", "/api/applications/" + file + "/withdrawal", Map.of())
			.getResponse()
			.getStatus()).isEqualTo(409);
		this.cases.runDueJobs();
		assertThat(letterTypes(file)).contains(LetterType.REFUSAL).doesNotContain(LetterType.WITHDRAWAL_CONFIRMATION);
	}

	@Test
	void withdrawalBeforeDecisionClosesTheFileWithALetter() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		assertThat(instance(file)).isWaitingAt("UserTask_RecordVerificationCall");
		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/withdrawal",
					Map.of("reason", "I accepted an offer in another province."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		ProcessInstance instance = instance(file);
		assertThat(instance).hasPassed("ServiceTask_RecordWithdrawal", "ServiceTask_SendWithdrawalConfirmation",
				"EndEvent_ApplicationWithdrawn");
		assertThat(instance).isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		assertThat(this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(file).count()).isZero();
		assertThat(letterTypes(file)).endsWith(LetterType.WITHDRAWAL_CONFIRMATION);
		assertThat(this.api.post("portal", "/api/applications/" + file + "/withdrawal", Map.of())
			.getResponse()
			.getStatus()).isEqualTo(409);
	}

	@Test
	void legalHoldStopsArchivingAndRemovalUntilAManagerLiftsIt() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.api.post("portal", "/api/applications/" + file + "/withdrawal", Map.of("reason", "Moving elsewhere."));
		this.cases.runDueJobs();
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		String holds = "/api/applications/" + file + "/legal-holds";

		assertThat(this.api.post("officer", holds, Map.of("reason", "x")).getResponse().getStatus()).isEqualTo(403);
		MvcResult blank = this.api.post("manager", holds, Map.of("reason", " "));
		assertThat(blank.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.api.body(blank).at("/errors/0/field").asText()).isEqualTo("reason");
		assertThat(this.api.post("manager", holds, Map.of("reason", "Litigation: Okafor v. Province"))
			.getResponse()
			.getStatus()).isEqualTo(201);
		assertThat(this.api.post("manager", holds, Map.of("reason", "again")).getResponse().getStatus()).isEqualTo(409);

		// the retention period ends while the hold is in force: nothing is written or
		// removed
		this.cases.passTime(Duration.ofDays(370));
		assertThat(instance).isWaitingAt("IntermediateCatchEvent_LegalHoldLifted")
			.hasPassed("BoundaryEvent_LegalHoldBeforeArchiving");
		assertThat(this.archiveRegister.findByFileNumber(file)).isEmpty();
		assertThat(fileOf(file).getApplicant()).isNotNull();

		// lifted: the package is written; a new hold placed before the removal stops it
		// again
		assertThat(
				this.api.post("manager", holds + "/lift", Map.of("reason", "Case settled")).getResponse().getStatus())
			.isEqualTo(200);
		this.engine.getManagementService()
			.executeJob(this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance.getId())
				.activityId("ServiceTask_ArchiveFile")
				.singleResult()
				.getId());
		assertThat(this.archiveRegister.findByFileNumber(file).orElseThrow().getVerifiedAt()).isNotNull();
		assertThat(this.api.post("manager", holds, Map.of("reason", "Access request ATIP-77 in progress"))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		assertThat(instance).isWaitingAt("IntermediateCatchEvent_LegalHoldLifted")
			.hasPassed("BoundaryEvent_LegalHoldBeforeRemoval");
		assertThat(this.archiveRegister.findByFileNumber(file).orElseThrow().isPersonalDataRemoved()).isFalse();
		assertThat(fileOf(file).getApplicant()).isNotNull();

		this.api.post("manager", holds + "/lift", Map.of("reason", "Request answered"));
		this.cases.runDueJobs();
		assertThat(instance).isEnded().hasPassed("ServiceTask_RemovePersonalData", "EndEvent_FileArchived");
		assertThat(this.archiveRegister.findByFileNumber(file).orElseThrow().isPersonalDataRemoved()).isTrue();
		assertThat(fileOf(file).getApplicant()).isNull();
		assertThat(this.api.body(this.api.get("manager", holds))).hasSize(2)
			.allSatisfy((hold) -> assertThat(hold.get("inForce").asBoolean()).isFalse());
		assertThat(this.api.post("manager", holds, Map.of("reason", "too late")).getResponse().getStatus())
			.isEqualTo(409);
	}

	@Test
	void recommendationReturnedByTheManagerIsMadeAgain() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", false);
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_SignOffRecommendation", "manager",
				Map.of("signOffDecision", "RETURN")))
			.hasMessageContaining("Say why in the comments");
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "RETURN",
				"signOffComments", "Check the job offer's wage against the median."));
		assertThat(instance(file)).isWaitingAt("UserTask_AssessEligibility");
		assertThat((String) this.engine.getTaskService()
			.getVariableLocal(this.cases.task(file, "UserTask_AssessEligibility").getId(),
					ProcessVariables.CASE_SUMMARY))
			.contains("Check the job offer");
		this.steps.recommend(file, "officer", "NOMINATE", false);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director",
				Map.of("directorDecision", "RETURN", "directorComments", "Confirm the employer's registration."));
		assertThat(instance(file)).isWaitingAt("UserTask_SignOffRecommendation");
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));
		assertThat(instance(file)).isWaitingAt("Gateway_AfterNomination");
		assertThat(letterTypes(file)).doesNotContain(LetterType.WORK_PERMIT_SUPPORT);
	}

	@Test
	void managerCannotSignOffOwnRecommendation() throws Exception {
		var identity = this.engine.getIdentityService();
		if (identity.createUserQuery().userId("acting").count() == 0) {
			var user = identity.newUser("acting");
			user.setPassword(ApiClient.PASSWORD);
			// the tests' shared password is too weak for the password policy
			((IdentityServiceImpl) identity).saveUser(user, true);
			identity.createMembership("acting", "officers");
			identity.createMembership("acting", "managers");
		}
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "acting", "NOMINATE", false);
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_SignOffRecommendation", "acting",
				Map.of("signOffDecision", "APPROVE")))
			.hasMessageContaining("You made this recommendation");
		assertThat(instance(file)).isWaitingAt("UserTask_SignOffRecommendation");
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		assertThat(instance(file)).isWaitingAt("UserTask_SignNomination");
	}

	@Test
	void onlyADirectorSignsANominationAndFreeTextStaysOutOfHistory() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", false);
		var signOff = this.cases.task(file, "UserTask_SignOffRecommendation");
		this.cases.as("manager", () -> {
			this.engine.getTaskService().claim(signOff.getId(), "manager");
			// through the form service, as Tasklist submits
			this.engine.getFormService()
				.submitTaskForm(signOff.getId(), Map.of("signOffDecision", "APPROVE", "signOffComments",
						"Strong file; the employer is well known to the program."));
		});
		this.cases.runDueJobs();
		assertThat(this.engine.getHistoryService().createHistoricDetailQuery().list()).noneMatch((detail) -> {
			Object value = detail instanceof org.camunda.bpm.engine.history.HistoricFormField field
					? field.getFieldValue()
					: ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue();
			return String.valueOf(value).contains("well known to the program");
		});
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_SignNomination", "manager",
				Map.of("directorDecision", "SIGN")))
			.hasMessageContaining("Only a member of directors");
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));
		assertThat(certificateOf(file).getSignedBy()).isEqualTo("director");
	}

	@Test
	void overturnedNominationGetsAFairnessLetterBeforeTheRefusal() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", false);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "OVERTURN",
				"signOffComments", "The job offer is below the stream's wage floor."));
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitFairnessResponse").hasNotPassed("ServiceTask_RecordRefusal");
		assertThat(letterOf(file, LetterType.PROCEDURAL_FAIRNESS).getBody()).contains("below the stream's wage floor");
		this.cases.passTime(Duration.ofDays(31));
		this.steps.recommendFinal(file, "REFUSE");
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		assertThat(instance).hasPassed("ServiceTask_RecordRefusal", "ServiceTask_SendRefusalLetter");
		assertThat(letterOf(file, LetterType.REFUSAL).getBody()).contains("Final reasons");
	}

	@Test
	void underpaidFeeStopsTheFileUntilIntakeRecordsTheBalance() throws Exception {
		String file = this.api.submit(paying("1000.00"));
		this.cases.runDueJobs();
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("UserTask_ResolveFeeVariance");
		assertThat((String) this.engine.getTaskService()
			.getVariableLocal(this.cases.task(file, "UserTask_ResolveFeeVariance").getId(),
					ProcessVariables.TASK_DETAILS))
			.contains("Still owing: **CAD 500.00**");
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "PAYMENT_RECORDED", "paymentAmount", 500.001, "paymentMethod",
						"CERTIFIED_CHEQUE", "paymentReference", "CHQ-1" + file)))
			.hasMessageContaining("more than two decimals");
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "REFUND_REQUESTED", "paymentAmount", 10)))
			.hasMessageContaining("Nothing was overpaid");
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake", Map.of("feeResolution", "PAYMENT_RECORDED",
				"paymentAmount", 500, "paymentMethod", "CERTIFIED_CHEQUE", "paymentReference", "CHQ-" + file));
		assertThat(instance).isWaitingAt("UserTask_ConfirmCompleteness");
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), "paymentReference")).isNull();
	}

	@Test
	void underpaidApplicantIsAskedForTheBalanceAndPaysThroughThePortal() throws Exception {
		String file = this.api.submit(paying("1000.00"));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "BALANCE_REQUESTED", "feeNote", "Paid the old fee."));
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitBalancePayment");
		assertThat(this.api.status(file).get("waitingFor").asText()).isEqualTo("APPLICANT_FEE_BALANCE");
		Letter letter = letterOf(file, LetterType.FEE_BALANCE_DUE);
		assertThat(letter.getBody()).contains("CAD 500.00").contains("CAD 1500.00");
		assertThat(letter.getDeadline()).isNotNull();

		long before = this.paymentRepository.count();
		String path = "/api/applications/" + file + "/payments";
		assertThat(problemField(this.api.post("portal", path, payment("CARD", "0", "CAD", "T-" + file)), 400))
			.isEqualTo("amount");
		assertThat(problemField(this.api.post("portal", path, payment("CARD", "-5.00", "CAD", "T-" + file)), 400))
			.isEqualTo("amount");
		assertThat(problemField(this.api.post("portal", path, payment("CARD", "500.00", "USD", "T-" + file)), 400))
			.isEqualTo("currency");
		assertThat(problemField(this.api.post("portal", path, payment("BITCOIN", "500.00", "CAD", "T-" + file)), 400))
			.isEqualTo("method");
		assertThat(this.api
			.post("portal", "/api/applications/PNP-1999-000001/payments", payment("CARD", "500.00", "CAD", "T-" + file))
			.getResponse()
			.getStatus()).isEqualTo(404);
		String firstReference = (String) ((Map<?, ?>) TestApplications.skilledWorker().get("payment")).get("reference");
		assertThat(firstReference).startsWith("TXN-");
		String used = this.paymentRepository.findAll()
			.stream()
			.filter((p) -> p.getReference().startsWith("TXN-"))
			.findFirst()
			.orElseThrow()
			.getReference();
		assertThat(problemField(this.api.post("portal", path, payment("CARD", "500.00", "CAD", used)), 409))
			.isEqualTo("reference");
		assertThat(this.paymentRepository.count()).as("nothing written by refused payments").isEqualTo(before);

		assertThat(
				this.api.post("portal", path, payment("CARD", "500.00", "CAD", "T-" + file)).getResponse().getStatus())
			.isEqualTo(201);
		this.cases.runDueJobs();
		assertThat(instance).hasPassed("ReceiveTask_AwaitBalancePayment").isWaitingAt("UserTask_ConfirmCompleteness");
	}

	@Test
	void balanceNotPaidByTheDeadlineClosesTheFileWithItsLetter() throws Exception {
		String file = this.api.submit(paying("1000.00"));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "BALANCE_REQUESTED"));
		this.cases.passTime(Duration.ofDays(31));
		ProcessInstance instance = instance(file);
		assertThat(instance)
			.hasPassed("EndEvent_BalanceNotPaid", "BoundaryEvent_FeeNotPaid", "ServiceTask_CloseFileUnpaid",
					"ServiceTask_SendClosedUnpaidLetter")
			.isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		assertThat(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getOutcome())
			.isEqualTo(Outcome.CLOSED_UNPAID);
		assertThat(letterOf(file, LetterType.CLOSED_UNPAID).getBody()).contains("CAD 500.00");
	}

	@Test
	void overpaymentIsRefundedAndAManagerApprovesALargeRefund() throws Exception {
		String file = this.api.submit(paying("2100.00"));
		this.cases.runDueJobs();
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "REFUND_REQUESTED", "paymentAmount", 700)))
			.hasMessageContaining("more than the overpayment");
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "REFUND_REQUESTED", "paymentAmount", 600));
		assertThat(instance(file)).isWaitingAt("UserTask_ConfirmCompleteness");
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		Refund refund = this.refundRepository.findByApplicationIdOrderByIdAsc(id).get(0);
		assertThat(refund.getAmount()).isEqualByComparingTo("600.00");
		assertThat(refund.getStatus()).isEqualTo(Refund.Status.REQUESTED);

		// above pnp.fees.refund-approval-above (500.00): a manager decides
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ApproveRefund", "manager",
				Map.of("refundDecision", "REJECT")))
			.hasMessageContaining("reason for rejecting");
		this.cases.complete(file, "UserTask_ApproveRefund", "manager", Map.of("refundDecision", "APPROVE"));
		refund = this.refundRepository.findById(refund.getId()).orElseThrow();
		assertThat(refund.getStatus()).isEqualTo(Refund.Status.ISSUED);
		assertThat(refund.getDecidedBy()).isEqualTo("manager");
		assertThat(this.paymentRepository.findById(refund.getPaymentId()).orElseThrow().getKind())
			.isEqualTo(Payment.Kind.REFUND);
	}

	@Test
	void aSmallRefundNeedsNoApprovalAndARejectedOneStaysOnRecord() throws Exception {
		String file = this.api.submit(paying("1600.00"));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake", Map.of("feeResolution", "REFUND_REQUESTED",
				"paymentAmount", 100, "feeNote", "Paid the fee twice in part."));
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		Refund refund = this.refundRepository.findByApplicationIdOrderByIdAsc(id).get(0);
		assertThat(refund.getStatus()).isEqualTo(Refund.Status.ISSUED);
		assertThat(refund.getDecidedBy()).isEqualTo("system");

		String other = this.api.submit(paying("2600.00"));
		this.cases.runDueJobs();
		this.cases.complete(other, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "REFUND_REQUESTED", "paymentAmount", 1100));
		this.cases.complete(other, "UserTask_ApproveRefund", "manager",
				Map.of("refundDecision", "REJECT", "refundNote", "The second payment is for the spouse's file."));
		Long otherId = this.files.findByFileNumber(new FileNumber(other)).orElseThrow().getId();
		assertThat(this.refundRepository.findByApplicationIdOrderByIdAsc(otherId).get(0).getStatus())
			.isEqualTo(Refund.Status.REJECTED);
	}

	@Test
	void aReversedPaymentPutsTheFileOnHoldUntilAReplacementArrives() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String reference = (String) ((Map<?, ?>) application.get("payment")).get("reference");
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		assertThat(this.api
			.post("intake", "/api/applications/" + file + "/payments/" + reference + "/reversal",
					Map.of("reason", "Card payment charged back by the issuer."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("UserTask_ConfirmCompleteness", "UserTask_ResolveReversedPayment");
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "COMPLETE")))
			.hasMessageContaining("on hold");
		assertThatThrownBy(
				() -> this.cases.complete(file, "UserTask_ResolveReversedPayment", "intake",
						Map.of("reversalResolution", "REPLACEMENT_RECORDED", "paymentAmount", 1000, "paymentMethod",
								"CERTIFIED_CHEQUE", "paymentReference", "CHQ-R-" + file)))
			.hasMessageContaining("still owing");
		this.cases.complete(file, "UserTask_ResolveReversedPayment", "intake",
				Map.of("reversalResolution", "REPLACEMENT_RECORDED", "paymentAmount", 1500, "paymentMethod",
						"CERTIFIED_CHEQUE", "paymentReference", "CHQ-R2-" + file));
		assertThat(instance).hasPassed("EndEvent_HoldReleased");
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		assertThat(instance).hasPassed("ServiceTask_SendAcknowledgementLetter");
	}

	@Test
	void aReversedPaymentNotReplacedClosesTheFile() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String reference = (String) ((Map<?, ?>) application.get("payment")).get("reference");
		String file = this.steps.receiveCompleteFile(application);
		this.api.post("intake", "/api/applications/" + file + "/payments/" + reference + "/reversal",
				Map.of("reason", "Cheque returned: insufficient funds."));
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ResolveReversedPayment", "intake",
				Map.of("reversalResolution", "CLOSE_FILE", "feeNote", "The applicant did not answer two calls."));
		ProcessInstance instance = instance(file);
		assertThat(instance).hasPassed("EndEvent_ReversalNotReplaced", "ServiceTask_CloseFileUnpaid")
			.isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		assertThat(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().isOnHold()).isFalse();
		assertThat(letterTypes(file)).contains(LetterType.CLOSED_UNPAID);
	}

	private static Map<String, Object> paying(String amount) {
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) application.get("payment");
		payment.put("amount", amount);
		return application;
	}

	private static Map<String, Object> payment(String method, String amount, String currency, String reference) {
		return Map.of("method", method, "amount", amount, "currency", currency, "payer", "Chidinma Okafor", "reference",
				reference);
	}

	private String problemField(org.springframework.test.web.servlet.MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		return this.api.body(result).get("errors").get(0).get("field").asText();
	}

	@Test
	void verificationConcernGoesToIntegrityWhichFindsMisrepresentationAndTheRefusalBansThePerson() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		String file = this.steps.receiveCompleteFile(application);
		this.cases.complete(file, "UserTask_RecordVerificationCall", "officer", CaseSteps.call("CONCERN"));
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("UserTask_ReviewIntegrityConcern");
		assertThat(this.cases.task(file, "UserTask_ReviewIntegrityConcern").getName()).endsWith(file);
		assertThat(taskDetails(file, "UserTask_ReviewIntegrityConcern")).contains("EMPLOYER_REFERENCE_CALL")
			.contains("CONCERN")
			.contains("EMPLOYER_REGISTRATION");
		this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity", Map.of("integrityFinding",
				"MISREPRESENTATION", "integrityReasons", "The employer has never employed the applicant."));
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitFairnessResponse");
		assertThat(letterOf(file, LetterType.PROCEDURAL_FAIRNESS).getBody()).contains("never employed");

		this.cases.passTime(Duration.ofDays(31));
		this.steps.recommendFinal(file, "REFUSE");
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		assertThat(instance).hasPassed("ServiceTask_RecordRefusal", "ServiceTask_SendRefusalLetter");
		MisrepresentationBan ban = this.bans
			.findByApplicationId(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId())
			.orElseThrow();
		assertThat(ban.getEndsOn()).isEqualTo(ban.getImposedOn().plusYears(5));

		// the same person applies again while the ban is in force
		Map<String, Object> again = TestApplications.skilledWorker();
		again.put("applicant", application.get("applicant"));
		again.put("documents", application.get("documents"));
		String second = this.steps.receiveCompleteFile(again);
		this.steps.verifyClear(second);
		assertThat(instance(second)).isWaitingAt("UserTask_ReviewIntegrityConcern");
		assertThat(taskDetails(second, "UserTask_ReviewIntegrityConcern")).contains("misrepresentation ban is in force")
			.contains(file.replace("-", "\\-"));
	}

	@Test
	void integrityAsksForMoreInformationWithALetterAndABusinessDayDeadline() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		// two references: the first call reaches no one, the officer calls again
		Map<String, Object> firstCall = new java.util.HashMap<>(CaseSteps.call("UNABLE_TO_VERIFY"));
		firstCall.put("anotherCall", true);
		this.cases.complete(file, "UserTask_RecordVerificationCall", "officer", firstCall);
		assertThat(taskDetails(file, "UserTask_RecordVerificationCall")).contains("Calls made")
			.contains("UNABLE_TO_VERIFY");
		this.cases.complete(file, "UserTask_RecordVerificationCall", "officer", CaseSteps.call("UNABLE_TO_VERIFY"));
		this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity",
				Map.of("integrityFinding", "MORE_INFORMATION", "integrityInformationRequested",
						"Pay slips for the last three months from your employer.", "integrityReasons",
						"The employer could not be reached."));
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitIntegrityInformation");
		assertThat(letterOf(file, LetterType.MISSING_INFORMATION).getBody())
			.contains("Pay slips for the last three months");
		Date deadline = (Date) this.engine.getRuntimeService()
			.getVariable(instance.getId(), "integrityInformationDeadline");
		LocalDate lastDay = LocalDate.ofInstant(deadline.toInstant(), ZoneId.of("America/Toronto"));
		assertThat(lastDay).isEqualTo(this.businessDays.deadline(20));
		assertThat(lastDay.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

		this.api.upload("portal", file, "EMPLOYER_DECLARATION", ApiClient.pdf(), "payslips.pdf",
				Map.of("issuedOn", LocalDate.now().toString()));
		this.cases.runDueJobs();
		assertThat(instance).isWaitingAt("UserTask_ReviewIntegrityConcern");
		this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity",
				Map.of("integrityFinding", "MORE_INFORMATION", "integrityInformationRequested",
						"A letter from your bank confirming the salary deposits.", "integrityReasons",
						"The pay slips do not show the employer's name."));
		this.cases.passTime(Duration.ofDays(40));
		assertThat(instance).hasPassed("Timer_IntegrityInformationDeadline")
			.isWaitingAt("UserTask_ReviewIntegrityConcern");
		this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity",
				Map.of("integrityFinding", "CLEARED", "integrityReasons", "Reached the owner on a second call."));
		assertThat(instance).isWaitingAt("UserTask_ScheduleInterview");
	}

	@Test
	void afterAMisrepresentationFindingANominationStillNeedsAnInterview() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.cases.complete(file, "UserTask_RecordVerificationCall", "officer", CaseSteps.call("CONCERN"));
		this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity", Map.of("integrityFinding",
				"MISREPRESENTATION", "integrityReasons", "The job offer letter looks altered."));
		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/fairness-response",
					Map.of("response", "The employer sent the original letter directly to you today."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		this.steps.recommendFinal(file, "NOMINATE");
		ProcessInstance instance = instance(file);
		assertThat(instance).hasPassed("Gateway_InterviewBeforeNomination").isWaitingAt("UserTask_ScheduleInterview");
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", false);
		assertThat(instance).isWaitingAt("UserTask_SignOffRecommendation");
	}

	@Test
	void entrepreneurSiteVisitIsPlannedAndAConcernGoesToIntegrity() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.entrepreneur());
		ProcessInstance instance = instance(file);
		assertThat(instance).hasPassed("ServiceTask_CheckProgramRecords").isWaitingAt("UserTask_PlanSiteVisit");
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_PlanSiteVisit", "officer",
				Map.of("siteVisitPlannedOn", LocalDate.now().minusDays(1).toString(), "siteVisitAddress", "12 Main St",
						"siteVisitTeam", "Officer Lee", "siteVisitFocus", "Premises")))
			.hasMessageContaining("today or later");
		this.cases.complete(file, "UserTask_PlanSiteVisit", "officer",
				Map.of("siteVisitPlannedOn", LocalDate.now().plusDays(3).toString(), "siteVisitAddress",
						"12 Main Street, Capital City", "siteVisitTeam", "Officer Lee, interpreter", "siteVisitFocus",
						"Premises leased, equipment bought, staff hired as the business plan says."));
		assertThat(taskDetails(file, "UserTask_RecordSiteVisit")).contains("12 Main Street")
			.contains("equipment bought");
		this.cases.complete(file, "UserTask_RecordSiteVisit", "officer",
				Map.of("siteVisitDate", LocalDate.now().toString(), "siteVisitObservations",
						Spin.JSON("[\"PREMISES_EXIST\"]"), "siteVisitFindings",
						"Premises empty; no equipment, no staff.", "siteVisitResult", "CONCERN"));
		assertThat(instance).isWaitingAt("UserTask_ReviewIntegrityConcern");
		assertThat(taskDetails(file, "UserTask_ReviewIntegrityConcern")).contains("SITE_VISIT")
			.contains("Premises empty");
		this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity",
				Map.of("integrityFinding", "CLEARED", "integrityReasons", "Opening was delayed by a permit."));
		assertThat(instance).isWaitingAt("UserTask_ScheduleInterview");
		this.steps.interviewHeld(file);
		assertThat(instance).isWaitingAt("UserTask_AssessEligibility");
		assertThat(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getFlags()).contains("SITE_VISIT");
	}

	@Test
	void noShowGetsANoticeWithABusinessDayDeadlineAndTheApplicantsReplyReschedules() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.entrepreneur());
		siteVisitSatisfactory(file);
		this.steps.scheduleInterview(file);
		this.cases.complete(file, "UserTask_RecordInterviewOutcome", "officer",
				Map.of("interviewOutcome", "NO_SHOW", "interviewNotes", "Waited 30 minutes; no answer on the phone."));
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("ReceiveTask_AwaitInterviewReply");
		assertThat(this.api.status(file).get("waitingFor").asText()).isEqualTo("APPLICANT_INTERVIEW_REPLY");
		Date deadline = (Date) this.engine.getRuntimeService().getVariable(instance.getId(), "interviewReplyDeadline");
		LocalDate lastDay = LocalDate.ofInstant(deadline.toInstant(), ZoneId.of("America/Toronto"));
		assertThat(lastDay).isEqualTo(this.businessDays.deadline(10));
		assertThat(letterOf(file, LetterType.INTERVIEW_NO_SHOW).getBody()).contains("entrevue")
			.contains(String.valueOf(lastDay.getDayOfMonth()));
		assertThat(this.api.post("officer", "/api/applications/" + file + "/interview-reply", Map.of("reply", ""))
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/interview-reply",
					Map.of("reply", "I was in hospital; any weekday next week suits me."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		assertThat(instance).isWaitingAt("UserTask_ScheduleInterview");
		assertThat(this.api.post("portal", "/api/applications/" + file + "/interview-reply", Map.of("reply", "Again"))
			.getResponse()
			.getStatus()).isEqualTo(409);
		this.steps.interviewHeld(file);
		assertThat(instance).isWaitingAt("UserTask_AssessEligibility");
	}

	@Test
	void noReplyByTheDeadlineGoesToTheManagerWhoClosesTheFile() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.scheduleInterview(file);
		this.cases.complete(file, "UserTask_RecordInterviewOutcome", "officer",
				Map.of("interviewOutcome", "NO_REPLY", "interviewNotes", "No answer to the invitation or two calls."));
		this.cases.passTime(Duration.ofDays(20));
		ProcessInstance instance = instance(file);
		assertThat(instance).isWaitingAt("UserTask_DecideClosure");
		assertThat(taskDetails(file, "UserTask_DecideClosure")).contains("NO_REPLY").contains("reply due by");
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_DecideClosure", "officer",
				Map.of("closureDecision", "CLOSE", "closureReasons", "No reply.")))
			.as("only a manager decides a closure")
			.hasMessageContaining("TASK_WORK");
		this.cases.complete(file, "UserTask_DecideClosure", "manager", Map.of("closureDecision", "CLOSE",
				"closureReasons", "No interview and no reply after the notice's deadline."));
		assertThat(instance).hasPassed("ServiceTask_CloseFileNoReply", "EndEvent_FileClosedNoReply")
			.isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		assertThat(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getOutcome())
			.isEqualTo(Outcome.CLOSED_NO_REPLY);
		assertThat(letterOf(file, LetterType.CLOSED_NO_REPLY).getBody()).contains("has been closed");
	}

	@Test
	void theManagerMayOfferAnotherInterviewInsteadOfClosing() throws Exception {
		String file = this.steps.receiveCompleteFile(TestApplications.skilledWorker());
		this.steps.verifyClear(file);
		this.steps.scheduleInterview(file);
		this.cases.complete(file, "UserTask_RecordInterviewOutcome", "officer",
				Map.of("interviewOutcome", "NO_SHOW", "interviewNotes", "Did not connect to the video call."));
		this.cases.passTime(Duration.ofDays(20));
		this.cases.complete(file, "UserTask_DecideClosure", "manager", Map.of("closureDecision", "RESCHEDULE",
				"closureReasons", "The applicant's representative called about a family emergency."));
		assertThat(instance(file)).isWaitingAt("UserTask_ScheduleInterview");
	}

	@Test
	void outsideRegistriesAreCheckedForTheEmployerTheRepresentativeAndTheCredential() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> applicant = (Map<String, Object>) application.get("applicant");
		String reference = "WES-" + applicant.get("passportNumber");
		String licence = "R" + applicant.get("passportNumber");
		application.put("representative", Map.of("fullName", "Maria Santos", "organisation", "Santos Immigration",
				"licenceNumber", licence, "email", "maria@santos.example"));
		assertThat(this.api
			.put("integrity", "/api/registers/representatives/" + licence, Map.of("fullName", "Maria Santos",
					"regulator", "CICC", "status", "ACTIVE", "validUntil", LocalDate.now().plusYears(2).toString()))
			.getResponse()
			.getStatus()).isIn(200, 201);
		@SuppressWarnings("unchecked")
		Map<String, Object> humanCapital = (Map<String, Object>) application.get("humanCapital");
		humanCapital.put("educationCredentialReference", reference);
		assertThat(this.api
			.put("integrity", "/api/registers/education-credentials/" + reference,
					Map.of("holderFamilyName", applicant.get("familyName"), "holderDateOfBirth",
							applicant.get("dateOfBirth"), "credential", "Bachelor of Computer Science", "level",
							"BACHELOR", "issuedBy", "World Education Services", "status", "VALID"))
			.getResponse()
			.getStatus()).isIn(200, 201);
		String file = this.steps.receiveCompleteFile(application);
		this.steps.verifyClear(file);
		ProcessInstance instance = instance(file);
		assertThat(instance).hasPassed("ServiceTask_CheckOutsideRegistries").isWaitingAt("UserTask_ScheduleInterview");
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		assertThat(this.checks.findByApplicationIdOrderByIdAsc(id))
			.extracting(VerificationCheck::getCheckType, VerificationCheck::getResult)
			.contains(tuple("EMPLOYER_REGISTRATION", VerificationResult.CLEAR),
					tuple("REPRESENTATIVE_LICENCE", VerificationResult.CLEAR),
					tuple("EDUCATION_CREDENTIAL", VerificationResult.CLEAR));
		assertThat(this.checks.findByApplicationIdOrderByIdAsc(id)).allSatisfy((check) -> {
			assertThat(check.getCheckedBy()).isNotBlank();
			assertThat(check.getCheckedAt()).isNotNull();
			assertThat(check.getEvidence()).isNotBlank();
		});
		// names and dates of birth given to the workers stay out of Camunda's history
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableNameIn("registrySubject", "registrySubjectBorn", "registryEvidence")
			.count()).isZero();
	}

	@Test
	void aScoredStreamBelowThePassMarkCannotBeRecommendedForNomination() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		application.put("humanCapital", TestApplications.humanCapital("SECONDARY", 4, 0, "NONE"));
		String file = this.steps.receiveCompleteFile(application);
		this.steps.verifyClear(file);
		this.steps.interviewHeld(file);
		assertThat(taskDetails(file, "UserTask_AssessEligibility")).contains("Points grid")
			.contains("below the pass mark")
			.contains("Language at CLB 5 or higher");
		assertThatThrownBy(() -> this.steps.recommend(file, "officer", "NOMINATE", false))
			.hasMessageContaining("below the pass mark of 60");
		Map<String, Object> unconfirmed = new java.util.HashMap<>(Map.of("recommendation", "NOMINATE",
				"recommendationReasons", "Meets the criteria.", "workPermitSupportRequested", false));
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_AssessEligibility", "officer", unconfirmed))
			.hasMessageContaining("criterion");
		this.steps.recommend(file, "officer", "REFUSE", false);
		assertThat(instance(file)).isWaitingAt("ReceiveTask_AwaitFairnessResponse");
	}

	private void siteVisitSatisfactory(String file) {
		this.cases.complete(file, "UserTask_PlanSiteVisit", "officer",
				Map.of("siteVisitPlannedOn", LocalDate.now().toString(), "siteVisitAddress", "5 Harbour Road",
						"siteVisitTeam", "Officer Lee", "siteVisitFocus", "Bakery open and staffed."));
		this.cases.complete(file, "UserTask_RecordSiteVisit", "officer",
				Map.of("siteVisitDate", LocalDate.now().toString(), "siteVisitObservations",
						Spin.JSON("[\"PREMISES_EXIST\",\"BUSINESS_OPERATING\"]"), "siteVisitFindings",
						"Bakery open, two staff present.", "siteVisitResult", "SATISFACTORY"));
	}

	private String taskDetails(String file, String taskKey) {
		return (String) this.engine.getTaskService()
			.getVariableLocal(this.cases.task(file, taskKey).getId(), "taskDetails");
	}

	@Test
	void certificateExpiresWhenNoFederalDecisionArrives() throws Exception {
		String file = this.steps.nominate(TestApplications.skilledWorker());
		this.cases.passTime(Duration.ofDays(190));
		assertThat(certificateOf(file).getStatus()).isEqualTo(Certificate.Status.EXPIRED);
		assertThat(letterTypes(file)).contains(LetterType.CERTIFICATE_EXPIRED);
		assertThat(instance(file)).isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
	}

	@Test
	void nominationCanBeWithdrawnByAManager() throws Exception {
		String file = this.steps.nominate(TestApplications.skilledWorker());
		assertThat(
				this.api.post("portal", "/api/applications/" + file + "/nomination-withdrawal", Map.of("reasons", "x"))
					.getResponse()
					.getStatus())
			.isEqualTo(403);
		assertThat(this.api
			.post("manager", "/api/applications/" + file + "/nomination-withdrawal",
					Map.of("reasons", "The job offer was withdrawn by the employer."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		assertThat(certificateOf(file).getStatus()).isEqualTo(Certificate.Status.WITHDRAWN);
		assertThat(letterOf(file, LetterType.NOMINATION_WITHDRAWN).getBody()).contains("withdrawn by the employer");
	}

	@Test
	void nomineeAsksForAnExtensionAndTheManagerGrantsIt() throws Exception {
		String file = this.steps.nominate(TestApplications.skilledWorker());
		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/certificate-extension",
					Map.of("reason", "IRCC asked for a new medical exam."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_DecideCertificateExtension", "manager",
				Map.of("extensionDecision", "APPROVE", "extensionReasons", "The delay is not the nominee's.",
						"extendedUntil", LocalDate.now().plusMonths(9).toString()));
		assertThat(instance(file)).hasPassed("ServiceTask_ApplyExtensionDecision")
			.isWaitingAt("Gateway_AfterNomination");
		assertThat(certificateOf(file).getExpiresOn()).isEqualTo(LocalDate.now().plusMonths(9));
		assertThat(letterTypes(file)).contains(LetterType.CERTIFICATE_EXTENSION);
	}

	@Test
	void eventsOfTheNominationStillCountWhileAnExtensionIsDecided() throws Exception {
		String decided = this.steps.nominate(TestApplications.skilledWorker());
		requestExtension(decided);
		assertThat(this.api
			.post("officer", "/api/applications/" + decided + "/permanent-residence-decision",
					Map.of("outcome", "GRANTED"))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		assertThat(instance(decided)).hasPassed("BoundaryEvent_PermanentResidenceDecidedDuringExtension")
			.isWaitingAt("IntermediateCatchEvent_RetentionPeriodEnded");
		assertThat(certificateOf(decided).getStatus()).isEqualTo(Certificate.Status.USED);

		String withdrawn = this.steps.nominate(TestApplications.skilledWorker());
		requestExtension(withdrawn);
		assertThat(this.api
			.post("manager", "/api/applications/" + withdrawn + "/nomination-withdrawal",
					Map.of("reasons", "The employer closed."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		assertThat(instance(withdrawn)).hasPassed("BoundaryEvent_NominationWithdrawnDuringExtension");
		assertThat(certificateOf(withdrawn).getStatus()).isEqualTo(Certificate.Status.WITHDRAWN);

		String lapsed = this.steps.nominate(TestApplications.skilledWorker());
		requestExtension(lapsed);
		this.cases.passTime(Duration.ofDays(200));
		assertThat(instance(lapsed)).hasPassed("BoundaryEvent_CertificateExpiredDuringExtension");
		assertThat(certificateOf(lapsed).getStatus()).isEqualTo(Certificate.Status.EXPIRED);
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(lapsed)
			.taskDefinitionKey("UserTask_DecideCertificateExtension")
			.count()).isZero();
	}

	private void requestExtension(String file) throws Exception {
		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/certificate-extension",
					Map.of("reason", "Waiting for IRCC."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		this.cases.runDueJobs();
		assertThat(instance(file)).isWaitingAt("UserTask_DecideCertificateExtension");
	}

	@Test
	void tasksShowTheFileNumberDueDateAndCaseSummaryWithoutPuttingPersonalDataInHistory() throws Exception {
		String file = this.api.submit(TestApplications.skilledWorker());
		this.cases.runDueJobs();
		var task = this.cases.task(file, "UserTask_ConfirmCompleteness");
		assertThat(task.getName()).isEqualTo("Confirm completeness · " + file);
		assertThat(task.getDueDate()).isNotNull();
		assertThat(this.engine.getTaskService().getIdentityLinksForTask(task.getId()))
			.anyMatch((link) -> "intake".equals(link.getGroupId()));
		String summary = (String) this.engine.getTaskService()
			.getVariableLocal(task.getId(), ProcessVariables.CASE_SUMMARY);
		assertThat(summary).contains("Chidinma Okafor").contains("Skilled Worker");
		HistoryService history = this.engine.getHistoryService();
		assertThat(history.createHistoricVariableInstanceQuery().variableName(ProcessVariables.CASE_SUMMARY).count())
			.isZero();
		assertThat(history.createHistoricDetailQuery().list())
			.noneMatch((detail) -> String.valueOf(detail).contains("A12345678"));
		RuntimeService runtime = this.engine.getRuntimeService();
		assertThat(runtime.getVariables(instance(file).getId()).values())
			.noneMatch((value) -> String.valueOf(value).contains("Okafor"));
	}

	// ---- reading the file ----

	private ApplicationFile fileOf(String file) {
		return this.files.findByFileNumber(new FileNumber(file)).orElseThrow();
	}

	private ProcessInstance instance(String file) {
		ProcessInstance instance = CaseDriver.caseOf(this.engine, file);
		assertThat(instance).as("running process of %s", file).isNotNull();
		return instance;
	}

	private List<LetterType> letterTypes(String file) {
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		return this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(id)
			.stream()
			.map(Letter::getLetterType)
			.toList();
	}

	private Letter letterOf(String file, LetterType type) {
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		return this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(id)
			.stream()
			.filter((letter) -> letter.getLetterType() == type)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("No " + type + " letter on " + file));
	}

	private Certificate certificateOf(String file) {
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		return this.certificates.findByApplicationId(id).orElseThrow();
	}

}
