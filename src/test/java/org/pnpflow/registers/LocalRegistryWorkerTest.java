package org.pnpflow.registers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ParallelGatewayBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.verification.RegistryTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;

/**
 * The local worker serves the registry topics from the program's registers: it completes
 * each check with the finding as local variables, and a register it cannot read becomes a
 * retry, then an incident, then (once retried) a finding.
 */
@SpringBootTest(properties = "pnp.registries.local-worker.schedule=false")
@ActiveProfiles("test")
class LocalRegistryWorkerTest {

	static final String PROCESS = "RegistryChecksTestProcess";

	static final String BROKEN_PROCESS = "RegistryCheckBrokenRecordingTestProcess";

	static final String EMPLOYER = "111222333";

	static final String LICENCE = "R777001";

	static final String CREDENTIAL = "ECA-777001";

	@Autowired
	LocalRegistryWorker worker;

	@Autowired
	RegistryProperties properties;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ExternalTaskService externalTasks;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProgramClock clock;

	@Autowired
	ApplicationContext context;

	@MockitoSpyBean
	EmployerRegisterRepository employers;

	@Autowired
	RepresentativeRegisterRepository representatives;

	@Autowired
	EducationCredentialRegisterRepository credentials;

	@BeforeEach
	void deployTheChecks() {
		if (this.repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
			this.repository.createDeployment()
				.name("registry checks (test)")
				.addModelInstance("registry-checks-test.bpmn", model())
				.addModelInstance("registry-check-broken-recording-test.bpmn", brokenRecordingModel())
				.deploy();
		}
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		this.runtime.createProcessInstanceQuery()
			.processDefinitionKeyIn(PROCESS, BROKEN_PROCESS)
			.list()
			.forEach((instance) -> this.runtime.deleteProcessInstance(instance.getId(), "test over", true, true, true));
		this.employers.deleteAll(this.employers.findByReferenceIn(List.of(EMPLOYER)));
		this.representatives.deleteAll(this.representatives.findByReferenceIn(List.of(LICENCE)));
		this.credentials.deleteAll(this.credentials.findByReferenceIn(List.of("ECA777001")));
	}

	@Test
	void everyCheckIsCompletedWithItsFindingAsLocalVariables() {
		employerInRegister();
		RepresentativeLicence licence = new RepresentativeLicence(LICENCE, "Omar Haddad",
				RepresentativeLicence.Regulator.CICC, RepresentativeLicence.Status.REVOKED, null);
		licence.recordUpdate("integrity", this.clock.now());
		this.representatives.save(licence);
		String instance = start();

		assertThat(this.worker.pollOnce()).isEqualTo(3);

		assertThat(this.externalTasks.createExternalTaskQuery().processInstanceId(instance).count()).isZero();
		assertThat(this.runtime.createExecutionQuery().processInstanceId(instance).activityId("Wait").count()).isOne();
		Map<String, Object> variables = this.runtime.getVariables(instance);
		assertThat(variables).containsEntry("employerResult", "CLEAR")
			.containsEntry("employerCheckedBy", "Program employer register (local copy)")
			.containsEntry("representativeResult", "CONCERN")
			.containsEntry("representativeCheckedBy", "Program representative register (local copy)")
			.containsEntry("credentialResult", "UNABLE_TO_VERIFY")
			.containsEntry("credentialCheckedBy", "Program education credential register (local copy)");
		assertThat((String) variables.get("employerEvidence"))
			.startsWith("Business number " + EMPLOYER + " is in the employer register");
		assertThat((String) variables.get("representativeEvidence"))
			.contains("the regulator lists the licence as REVOKED");
		assertThat((String) variables.get("credentialEvidence"))
			.isEqualTo("No education credential assessment reference " + CREDENTIAL
					+ " in the education credential register.");
		// the finding was local to each task: nothing of it leaked into the process
		assertThat(variables).doesNotContainKeys(ProcessVariables.REGISTRY_RESULT, ProcessVariables.REGISTRY_EVIDENCE,
				ProcessVariables.REGISTRY_CHECKED_BY);
		assertThat(this.worker.pollOnce()).isZero();
	}

	@Test
	void registerThatCannotBeReadIsRetriedThenAnIncidentThenCompletedOnceRetried() {
		Mockito.doThrow(new DataAccessResourceFailureException("employer register unreachable"))
			.when(this.employers)
			.findByReference(anyString());
		String instance = start();

		assertThat(this.worker.pollOnce()).isEqualTo(3);
		ExternalTask check = employerCheck(instance);
		assertThat(check.getRetries()).isEqualTo(2);
		assertThat(check.getErrorMessage()).contains("employer register unreachable");
		assertThat(this.externalTasks.getExternalTaskErrorDetails(check.getId()))
			.contains("DataAccessResourceFailureException");
		// locked until the retry timeout has passed
		assertThat(this.worker.pollOnce()).isZero();

		passTime(this.properties.getRetryTimeout().plusSeconds(1));
		assertThat(this.worker.pollOnce()).isOne();
		assertThat(employerCheck(instance).getRetries()).isEqualTo(1);
		assertThat(incidents(instance)).isEmpty();

		passTime(this.properties.getRetryTimeout().plusSeconds(1));
		assertThat(this.worker.pollOnce()).isOne();
		assertThat(employerCheck(instance).getRetries()).isZero();
		List<Incident> incidents = incidents(instance);
		assertThat(incidents).hasSize(1);
		assertThat(incidents.get(0).getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
		assertThat(incidents.get(0).getIncidentMessage()).contains("employer register unreachable");
		passTime(Duration.ofHours(1));
		assertThat(this.worker.pollOnce()).isZero();

		// the register is back; an operator retries the incident in Cockpit
		Mockito.reset(this.employers);
		employerInRegister();
		this.externalTasks.setRetries(employerCheck(instance).getId(), 1);
		assertThat(incidents(instance)).isEmpty();
		assertThat(this.worker.pollOnce()).isOne();
		assertThat(this.externalTasks.createExternalTaskQuery().processInstanceId(instance).count()).isZero();
		assertThat(this.runtime.getVariable(instance, "employerResult")).isEqualTo("CLEAR");
	}

	@Test
	void findingTheProcessCannotRecordIsRetriedToo() {
		String instance = this.runtime.startProcessInstanceByKey(BROKEN_PROCESS).getId();
		assertThat(this.worker.pollOnce()).isOne();
		ExternalTask check = employerCheck(instance);
		assertThat(check.getRetries()).isEqualTo(2);
		assertThat(check.getErrorMessage()).contains("noSuchBean");
	}

	@Test
	void workerServesOnlyTheTopicsLeftToIt() {
		List<String> topics = this.properties.getTopics();
		try {
			this.properties.setTopics(List.of(RegistryTopics.EMPLOYER_REGISTRATION));
			String instance = start();
			assertThat(this.worker.pollOnce()).isOne();
			assertThat(this.externalTasks.createExternalTaskQuery()
				.processInstanceId(instance)
				.list()
				.stream()
				.map(ExternalTask::getTopicName))
				.containsExactlyInAnyOrder(RegistryTopics.REPRESENTATIVE_LICENCE, RegistryTopics.EDUCATION_CREDENTIAL);
			this.properties.getLocalWorker().setEnabled(false);
			this.properties.setTopics(topics);
			assertThat(this.worker.pollOnce()).isZero();
		}
		finally {
			this.properties.setTopics(topics);
			this.properties.getLocalWorker().setEnabled(true);
		}
	}

	@Test
	void testsPollThemselvesWhenTheScheduleIsOff() {
		assertThat(this.context.getBeanProvider(LocalRegistryWorkerSchedule.class).getIfAvailable()).isNull();
	}

	private String start() {
		return this.runtime
			.startProcessInstanceByKey(PROCESS, Map.of("fileNumber", "PNP-2026-000999", "employerNumber", EMPLOYER))
			.getId();
	}

	private void employerInRegister() {
		EmployerRegistration employer = new EmployerRegistration(EMPLOYER, "Northern Lights Software Inc.", null,
				EmployerRegistration.Status.ACTIVE, "ON");
		employer.recordUpdate("integrity", this.clock.now());
		this.employers.save(employer);
	}

	private ExternalTask employerCheck(String instance) {
		return this.externalTasks.createExternalTaskQuery()
			.processInstanceId(instance)
			.topicName(RegistryTopics.EMPLOYER_REGISTRATION)
			.singleResult();
	}

	private List<Incident> incidents(String instance) {
		return this.runtime.createIncidentQuery().processInstanceId(instance).list();
	}

	private static void passTime(Duration duration) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
	}

	/**
	 * One check whose finding the process fails to record (as a broken listener would).
	 */
	private static BpmnModelInstance brokenRecordingModel() {
		return Bpmn.createExecutableProcess(BROKEN_PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("Employer")
			.camundaType("external")
			.camundaTopic(RegistryTopics.EMPLOYER_REGISTRATION)
			.camundaInputParameter(ProcessVariables.REGISTRY_REFERENCE, "000000000")
			.camundaOutputParameter("recorded", "${noSuchBean.record(registryResult)}")
			.receiveTask("Wait")
			.endEvent()
			.done();
	}

	/**
	 * Three checks in parallel, as the case process has them; each copies its local
	 * finding out (where the case process records it with an execution listener), then
	 * the process waits.
	 */
	private static BpmnModelInstance model() {
		ParallelGatewayBuilder fork = Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent("Start")
			.parallelGateway("Fork");
		fork.serviceTask("Employer")
			.camundaType("external")
			.camundaTopic(RegistryTopics.EMPLOYER_REGISTRATION)
			.camundaInputParameter(ProcessVariables.REGISTRY_REFERENCE, "${employerNumber}")
			.camundaInputParameter(ProcessVariables.REGISTRY_SUBJECT, "Northern Lights Software Inc.")
			.camundaOutputParameter("employerResult", "${registryResult}")
			.camundaOutputParameter("employerEvidence", "${registryEvidence}")
			.camundaOutputParameter("employerCheckedBy", "${registryCheckedBy}")
			.parallelGateway("Join")
			.receiveTask("Wait")
			.endEvent("End");
		fork.moveToNode("Fork")
			.serviceTask("Representative")
			.camundaType("external")
			.camundaTopic(RegistryTopics.REPRESENTATIVE_LICENCE)
			.camundaInputParameter(ProcessVariables.REGISTRY_REFERENCE, LICENCE)
			.camundaInputParameter(ProcessVariables.REGISTRY_SUBJECT, "Omar Haddad")
			.camundaOutputParameter("representativeResult", "${registryResult}")
			.camundaOutputParameter("representativeEvidence", "${registryEvidence}")
			.camundaOutputParameter("representativeCheckedBy", "${registryCheckedBy}")
			.connectTo("Join");
		return fork.moveToNode("Fork")
			.serviceTask("Credential")
			.camundaType("external")
			.camundaTopic(RegistryTopics.EDUCATION_CREDENTIAL)
			.camundaInputParameter(ProcessVariables.REGISTRY_REFERENCE, CREDENTIAL)
			.camundaInputParameter(ProcessVariables.REGISTRY_SUBJECT, "Okafor")
			.camundaInputParameter(ProcessVariables.REGISTRY_SUBJECT_BORN, LocalDate.of(1991, 4, 12).toString())
			.camundaOutputParameter("credentialResult", "${registryResult}")
			.camundaOutputParameter("credentialEvidence", "${registryEvidence}")
			.camundaOutputParameter("credentialCheckedBy", "${registryCheckedBy}")
			.connectTo("Join")
			.done();
	}

}
