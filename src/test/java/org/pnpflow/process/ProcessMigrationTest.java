package org.pnpflow.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.registers.LocalRegistryWorker;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * An analyst's change is deployed while cases are running: the administrator migrates the
 * cases waiting at several stages to the new version, and they go on there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class ProcessMigrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void runningCasesMoveToTheNewVersionAndGoOn() throws Exception {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(this.engine);
		ApiClient api = new ApiClient(this.mvc);
		CaseDriver cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		String atCompleteness = api.submit(TestApplications.skilledWorker());
		String atVerification = api.submit(TestApplications.skilledWorker());
		String awaitingDocuments = api.submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		String atAssessment = api.submit(TestApplications.skilledWorker());
		cases.runDueJobs();
		cases.complete(awaitingDocuments, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		for (String file : List.of(atVerification, atAssessment)) {
			cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		}
		CaseSteps steps = new CaseSteps(api, cases);
		steps.verifyClear(atAssessment);
		steps.interviewHeld(atAssessment);
		ProcessDefinition first = latest();

		deployChangedVersion();
		ProcessDefinition second = latest();
		assertThat(second.getVersion()).isEqualTo(first.getVersion() + 1);

		var identity = this.engine.getIdentityService();
		var administrator = identity.newUser("operator");
		administrator.setPassword(ApiClient.PASSWORD);
		// the tests' shared password is too weak for the password policy
		((IdentityServiceImpl) identity).saveUser(administrator, true);
		identity.createMembership("operator", "camunda-admin");
		JsonNode report = api.body(api.post("operator", "/api/admin/process-migrations", Map.of()));
		assertThat(report.get(0).get("migrated").asBoolean()).as(report.toString()).isTrue();
		assertThat(report.get(0).get("cases").asLong()).as("the four here, with any other test's")
			.isGreaterThanOrEqualTo(4);
		for (String file : List.of(atCompleteness, atVerification, awaitingDocuments, atAssessment)) {
			assertThat(instance(file).getProcessDefinitionId()).isEqualTo(second.getId());
		}
		assertThat(api.post("intake", "/api/admin/process-migrations", Map.of()).getResponse().getStatus())
			.isEqualTo(403);

		// each goes on in the new version
		assertThat(cases.task(atCompleteness, "UserTask_ConfirmCompleteness").getName())
			.startsWith("Confirm completeness");
		cases.complete(atCompleteness, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "COMPLETE"));
		assertThat(cases.task(atCompleteness, "UserTask_RecordVerificationCall").getProcessDefinitionId())
			.isEqualTo(second.getId());
		steps.verifyClear(atVerification);
		assertThat(instance(atVerification)).isWaitingAt("UserTask_ScheduleInterview");
		api.upload("portal", awaitingDocuments, "JOB_OFFER", ApiClient.pdf(), "offer.pdf",
				Map.of("issuedOn", LocalDate.now().toString()));
		cases.runDueJobs();
		assertThat(cases.task(awaitingDocuments, "UserTask_ConfirmCompleteness").getName())
			.startsWith("Confirm that the file is complete");
		cases.complete(atAssessment, "UserTask_AssessEligibility", "officer",
				Map.of("recommendation", "NOMINATE", "recommendationReasons", "Meets the criteria.",
						"workPermitSupportRequested", false, "criteriaConfirmed", true));
		assertThat(instance(atAssessment)).isWaitingAt("UserTask_SignOffRecommendation");
	}

	/** The diagram as an analyst changed it: a task renamed and moved on the canvas. */
	private void deployChangedVersion() throws Exception {
		String diagram = Files.readString(Path.of("processes/pnp-application.bpmn"))
			.replace("name=\"Confirm completeness\"", "name=\"Confirm that the file is complete\"");
		String shape = "<bpmndi:BPMNShape id=\"UserTask_ConfirmCompleteness_di\"";
		int at = diagram.indexOf(shape);
		int bounds = diagram.indexOf("y=\"", diagram.indexOf("<dc:Bounds", at));
		int end = diagram.indexOf('"', bounds + 3);
		int y = Integer.parseInt(diagram.substring(bounds + 3, end));
		diagram = diagram.substring(0, bounds + 3) + (y + 20) + diagram.substring(end);
		DeploymentBuilder deployment = this.engine.getRepositoryService()
			.createDeployment()
			.name("pnp-flow analyst change")
			.addString("processes/pnp-application.bpmn", diagram);
		for (String folder : List.of("processes", "forms")) {
			try (Stream<Path> files = Files.list(Path.of(folder))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".dmn") || f.toString().endsWith(".form"))
					.toList()) {
					deployment.addString(folder + "/" + file.getFileName(), Files.readString(file));
				}
			}
		}
		deployment.deploy();
	}

	private ProcessDefinition latest() {
		return this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(ProcessVariables.PROCESS_KEY)
			.latestVersion()
			.singleResult();
	}

	private ProcessInstance instance(String file) {
		return CaseDriver.caseOf(this.engine, file);
	}

}
