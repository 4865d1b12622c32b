package org.pnpflow.verification;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The outside-registry contract as a province's own worker meets it: a real external-task
 * client over HTTP against the running application, serving the education-credential
 * topic (the local worker keeps the others). A failure becomes an incident; once the
 * retries are set again, as from Cockpit, the check is answered and the case goes on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.generate-unique-process-engine-name=false",
				"pnp.registries.topics=verify-employer-registration,verify-representative-licence" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class RegistryContractOverHttpTest {

	private static final String WORKER = "province-credential-worker";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalRegistryWorker localWorker;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	VerificationCheckRepository checks;

	ExternalTaskClient client;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
	}

	@AfterEach
	void stopClient() {
		if (this.client != null) {
			this.client.stop();
		}
	}

	@Test
	void aProvincesWorkerFailsThenAnswersOverHttp() throws Exception {
		CaseDriver cases = new CaseDriver(this.engine, this.localWorker::pollOnce);
		CaseSteps steps = new CaseSteps(new ApiClient(this.mvc), cases);
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> humanCapital = (Map<String, Object>) application.get("humanCapital");
		humanCapital.put("educationCredentialReference", "ICAS-77120");
		String file = steps.receiveCompleteFile(application);
		steps.verifyClear(file);
		ExternalTask waiting = this.engine.getExternalTaskService()
			.createExternalTaskQuery()
			.topicName(RegistryTopics.EDUCATION_CREDENTIAL)
			.processInstanceId(instanceId(file))
			.singleResult();
		assertThat(waiting).as("the credential check waits for the province's worker").isNotNull();

		// the registry is down: the worker reports it with no retry left
		AtomicReference<String> mode = new AtomicReference<>("offline");
		AtomicReference<Map<String, Object>> received = new AtomicReference<>();
		this.client = ExternalTaskClient.create()
			.baseUrl("http://localhost:" + this.port + "/engine-rest")
			.workerId(WORKER)
			.addInterceptor(new BasicAuthProvider("registryworker", ApiClient.PASSWORD))
			.asyncResponseTimeout(1000)
			.maxTasks(1)
			.lockDuration(60_000)
			.build();
		this.client.subscribe(RegistryTopics.EDUCATION_CREDENTIAL).handler((task, service) -> {
			received.set(task.getAllVariables());
			if ("offline".equals(mode.get())) {
				service.handleFailure(task, "Credential registry unreachable", "HTTP 503 from the registry", 0, 0);
			}
			else {
				service.complete(task, null,
						Map.of("registryResult", "CLEAR", "registryEvidence",
								"ICAS-77120: Bachelor of Science held by " + task.getVariable("registrySubject"),
								"registryCheckedBy", "Provincial credential registry"));
			}
		}).open();

		Incident incident = waitFor("an incident",
				() -> this.engine.getRuntimeService()
					.createIncidentQuery()
					.processInstanceId(instanceId(file))
					.incidentType(Incident.EXTERNAL_TASK_HANDLER_TYPE)
					.singleResult());
		assertThat(incident.getIncidentMessage()).isEqualTo("Credential registry unreachable");
		assertThat(received.get()).containsEntry("registryReference", "ICAS-77120")
			.containsEntry("fileNumber", file)
			.containsKeys("registrySubject", "registrySubjectBorn");

		// the registry is back; the incident is retried as from Cockpit
		mode.set("online");
		this.engine.getExternalTaskService().setRetries(waiting.getId(), 1);
		waitFor("the answer",
				() -> this.engine.getExternalTaskService()
					.createExternalTaskQuery()
					.externalTaskId(waiting.getId())
					.count() == 0 ? Boolean.TRUE : null);
		cases.runDueJobs();
		assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId(file)).count())
			.isZero();
		assertThat(CaseDriver.caseOf(this.engine, file)).isWaitingAt("UserTask_ScheduleInterview");
		Long id = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		assertThat(this.checks.findByApplicationIdOrderByIdAsc(id))
			.filteredOn((check) -> check.getCheckType().equals("EDUCATION_CREDENTIAL"))
			.singleElement()
			.satisfies((check) -> {
				assertThat(check.getResult()).isEqualTo(VerificationResult.CLEAR);
				assertThat(check.getCheckedBy()).isEqualTo("Provincial credential registry");
				assertThat(check.getEvidence()).startsWith("ICAS-77120: Bachelor of Science held by Okafor");
			});
	}

	private String instanceId(String file) {
		return CaseDriver.caseOf(this.engine, file).getId();
	}

	private static <T> T waitFor(String what, Supplier<T> probe) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			T found = probe.get();
			if (found != null) {
				return found;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No " + what + " within 30 s");
	}

}
