package org.pnpflow.fees;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.process.TaskInputException;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A payment that came by mail, recorded by intake from Tasklist's Start process
 * ({@code RecordPaymentProcess}'s start form): the same rules as the API, and a file
 * waiting for its balance goes on.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailPaymentTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	PaymentRepository payments;

	CaseDriver cases;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void intakeRecordsAChequeThatCameByMailAndTheFileWaitingForItGoesOn() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) application.get("payment");
		payment.put("amount", "1000.00");
		String file = new ApiClient(this.mvc).submit(application);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "BALANCE_REQUESTED"));
		long before = this.payments.count();

		assertThatThrownBy(() -> startAs("intake", form(file, "MONEY_ORDER", 500.005, "MO-" + file)))
			.isInstanceOf(TaskInputException.class)
			.hasMessageContaining("two decimals");
		assertThatThrownBy(() -> startAs("intake", form("PNP-1999-000001", "MONEY_ORDER", 500, "MO-" + file)))
			.hasMessageContaining("There is no file PNP-1999-000001");
		assertThatThrownBy(() -> startAs("officer", form(file, "MONEY_ORDER", 500, "MO-" + file)))
			.isInstanceOf(AuthorizationException.class);
		assertThat(this.payments.count()).isEqualTo(before);

		startAs("intake", form(file, "MONEY_ORDER", 500, "MO-" + file));
		this.cases.runDueJobs();
		Payment recorded = this.payments.findByKindAndReference(Payment.Kind.PAYMENT, "MO-" + file).orElseThrow();
		assertThat(recorded.getRecordedBy()).isEqualTo("intake");
		assertThat(recorded.getAmount()).isEqualByComparingTo("500.00");
		assertThat(CaseDriver.caseOf(this.engine, file)).isWaitingAt("UserTask_ConfirmCompleteness");
		assertThat(this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getExpectedFee())
			.isEqualByComparingTo("1500.00");

		assertThatThrownBy(() -> startAs("intake", form(file, "MONEY_ORDER", 500, "MO-" + file)))
			.hasMessageContaining("already recorded");
	}

	@Test
	void centsAddUpExactlyWhereFloatingPointWouldNot() throws Exception {
		// 1024.06 + 0.10 + 475.84 is 1500.00 exactly; not so in doubles
		assertThat(1024.06 + 0.10 + 475.84).isNotEqualTo(1500.00);
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) application.get("payment");
		payment.put("amount", "1024.06");
		ApiClient api = new ApiClient(this.mvc);
		String file = api.submit(application);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake",
				Map.of("feeResolution", "BALANCE_REQUESTED"));
		assertThat(api
			.post("portal", "/api/applications/" + file + "/payments",
					Map.of("method", "CARD", "amount", "0.10", "currency", "CAD", "reference", "A-" + file))
			.getResponse()
			.getStatus()).isEqualTo(201);
		this.cases.runDueJobs();
		// still short: back to intake, who records the cheque that came by mail
		this.cases.complete(file, "UserTask_ResolveFeeVariance", "intake", Map.of("feeResolution", "PAYMENT_RECORDED",
				"paymentAmount", 475.84, "paymentMethod", "CERTIFIED_CHEQUE", "paymentReference", "B-" + file));
		assertThat(CaseDriver.caseOf(this.engine, file)).isWaitingAt("UserTask_ConfirmCompleteness");
	}

	private void startAs(String user, Map<String, Object> form) {
		ProcessDefinition definition = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey("RecordPaymentProcess")
			.latestVersion()
			.singleResult();
		this.cases.as(user, () -> this.engine.getFormService().submitStartForm(definition.getId(), form));
	}

	private static Map<String, Object> form(String file, String method, Number amount, String reference) {
		return Map.of("fileNumber", file, "paymentMethod", method, "paymentAmount", amount, "paymentReference",
				reference, "paymentReceivedOn", LocalDate.now().toString());
	}

}
