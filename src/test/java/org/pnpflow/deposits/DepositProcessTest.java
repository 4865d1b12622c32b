package org.pnpflow.deposits;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.process.StartTimers;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.fees.Payment;
import org.pnpflow.fees.PaymentMethod;
import org.pnpflow.fees.PaymentRepository;
import org.pnpflow.letters.PdfDocuments;
import org.pnpflow.process.TaskInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * The deposit process (processes/deposit.bpmn) through the real services: the timer
 * starts it, payments received are gathered into a batch with its slip, intake confirms
 * and the payments are deposited. Every test first gathers what other tests left
 * undeposited into a batch of its own, so the batches here hold this test's payments
 * only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DepositProcessTest {

	static final String TIMER = "StartEvent_DepositDue";

	static final ZoneId PROGRAM_ZONE = ZoneId.of("America/Toronto");

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	Deposits deposits;

	@Autowired
	StartTimers timer;

	@Autowired
	PaymentRepository payments;

	@Autowired
	ApplicationFileRepository files;

	ApiClient api;

	CaseDriver driver;

	@BeforeEach
	void setUp() {
		CaseDriver.resetClock();
		init(this.engine);
		this.api = new ApiClient(this.mvc);
		this.driver = new CaseDriver(this.engine);
		this.deposits.prepare();
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void receivedPaymentsAreBatchedAndDepositedOnceIntakeConfirms() throws Exception {
		Seeded seeded = seed();
		Payment refund = this.payments
			.save(new Payment(seeded.file().getId(), Payment.Kind.REFUND, PaymentMethod.BANK_TRANSFER,
					new BigDecimal("100.00"), "Program", reference("RFD"), minutesAgo(50), "intake"));
		Payment reversedBefore = payment(seeded.file(), PaymentMethod.CERTIFIED_CHEQUE, "75.00", "Early Bird",
				minutesAgo(40));
		reversedBefore.reverse("Cheque dishonoured", minutesAgo(30));
		this.payments.save(reversedBefore);

		ProcessInstance instance = startByTimer();

		assertThat(instance).isWaitingAt(DepositVariables.CONFIRM_TASK);
		assertThat(instance).task().hasCandidateGroup("intake");
		String batchNumber = (String) this.engine.getRuntimeService()
			.getVariable(instance.getId(), DepositVariables.BATCH_NUMBER);
		assertThat(batchNumber).matches("DEP-" + LocalDate.now(PROGRAM_ZONE) + "-\\d+");
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey()).isEqualTo(batchNumber);

		DepositBatch batch = this.deposits.find(batchNumber).orElseThrow();
		assertThat(batch.getStatus()).isEqualTo(DepositBatch.Status.PREPARED);
		assertThat(batch.getPaymentCount()).isEqualTo(3);
		assertThat(batch.getTotal()).isEqualByComparingTo("2984.56");
		assertThat(batch.getSlipSha256())
			.isEqualTo(Deposits.sha256(new String(this.deposits.slipCsv(batch), StandardCharsets.UTF_8)));
		for (Payment payment : seeded.payments()) {
			Payment stored = this.payments.findById(payment.getId()).orElseThrow();
			assertThat(stored.getDepositBatchId()).isEqualTo(batch.getId());
			assertThat(stored.getStatus()).isEqualTo(Payment.Status.RECEIVED);
		}
		assertThat(this.payments.findById(refund.getId()).orElseThrow().getDepositBatchId()).isNull();
		assertThat(this.payments.findById(reversedBefore.getId()).orElseThrow().getDepositBatchId()).isNull();

		Task task = confirmTask(instance);
		String details = (String) this.engine.getTaskService().getVariable(task.getId(), "taskDetails");
		assertThat(details).contains("DEP\\-", "3 payment(s)", "2,984\\.56", "Certified cheque", "Money order",
				"/api/deposits/" + batchNumber + "/slip.pdf", "/api/deposits/" + batchNumber + "/slip.csv");

		String today = LocalDate.now(PROGRAM_ZONE).toString();
		assertRefused(task, Map.of("depositedOn", today, "depositConfirmed", true),
				"The bank reference of the deposit is required.");
		assertRefused(task, Map.of("bankReference", "x".repeat(101), "depositedOn", today, "depositConfirmed", true),
				"at most 100 characters");
		assertRefused(
				task, Map.of("bankReference", "BMO-7781", "depositedOn",
						LocalDate.now(PROGRAM_ZONE).plusDays(1).toString(), "depositConfirmed", true),
				"is in the future");
		assertRefused(
				task, Map.of("bankReference", "BMO-7781", "depositedOn",
						LocalDate.now(PROGRAM_ZONE).minusDays(1).toString(), "depositConfirmed", true),
				"is before batch " + batchNumber + " was prepared");
		assertRefused(task, Map.of("bankReference", "BMO-7781", "depositedOn", today, "depositConfirmed", false),
				"Tick the box");
		assertRefused(task, Map.of("bankReference", "BMO-7781", "depositedOn", "22/11/2026", "depositConfirmed", true),
				"must be a date like");
		assertThat(this.deposits.find(batchNumber).orElseThrow().getStatus()).isEqualTo(DepositBatch.Status.PREPARED);

		complete(task, Map.of("bankReference", " BMO-7781 ", "depositedOn", today, "depositConfirmed", true));

		assertThat(instance).isEnded().hasPassed(DepositVariables.CONFIRM_TASK, "EndEvent_FeesDeposited");
		DepositBatch confirmed = this.deposits.find(batchNumber).orElseThrow();
		assertThat(confirmed.getStatus()).isEqualTo(DepositBatch.Status.CONFIRMED);
		assertThat(confirmed.getBankReference()).isEqualTo("BMO-7781");
		assertThat(confirmed.getConfirmedBy()).isEqualTo("intake");
		assertThat(confirmed.getConfirmedAt()).isNotNull();
		assertThat(confirmed.getPaymentCount()).isEqualTo(3);
		assertThat(confirmed.getTotal()).isEqualByComparingTo("2984.56");
		for (Payment payment : seeded.payments()) {
			assertThat(this.payments.findById(payment.getId()).orElseThrow().getStatus())
				.isEqualTo(Payment.Status.DEPOSITED);
		}
		assertThat(this.payments.findById(refund.getId()).orElseThrow().getStatus()).isEqualTo(Payment.Status.RECEIVED);
		assertThat(confirmed.getDepositedOn()).hasToString(today);
		assertThat(historicVariable(instance, DepositVariables.LEFT_OUT_COUNT)).isEqualTo(0);
		// what the form submitted is on the batch, not in Camunda's history
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableNameIn("bankReference", "depositedOn", "depositConfirmed")
			.count()).isZero();
	}

	@Test
	void nothingToDepositEndsWithoutATask() {
		ProcessInstance instance = startByTimer();

		assertThat(instance).isEnded()
			.hasPassed("EndEvent_NothingToDeposit")
			.hasNotPassed(DepositVariables.CONFIRM_TASK);
		assertThat(this.engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.count()).isZero();
		assertThat(historicVariable(instance, DepositVariables.BATCH_NUMBER)).isNull();
	}

	@Test
	void paymentReversedAfterBatchingIsLeftOutOfTheDeposit() throws Exception {
		Seeded seeded = seed();
		ProcessInstance instance = startByTimer();
		String batchNumber = (String) this.engine.getRuntimeService()
			.getVariable(instance.getId(), DepositVariables.BATCH_NUMBER);
		DepositBatch batch = this.deposits.find(batchNumber).orElseThrow();
		String preparedSha = batch.getSlipSha256();

		Payment cheque = this.payments.findById(seeded.cheque().getId()).orElseThrow();
		cheque.reverse("Cheque dishonoured", Instant.now());
		this.payments.save(cheque);

		String csv = new String(this.deposits.slipCsv(batch), StandardCharsets.UTF_8);
		assertThat(csv).contains("LEFT_OUT_REVERSED," + batchNumber + "," + seeded.fileNumber() + ",CERTIFIED_CHEQUE,"
				+ cheque.getReference());
		assertThat(csv).contains("TOTAL," + batchNumber + ",,,,,,2,2734.56\r\n");
		String pdf = PdfDocuments.text(this.deposits.slipPdf(batch));
		assertThat(pdf).contains("Left out", cheque.getReference(), "2,734.56");

		complete(confirmTask(instance), Map.of("bankReference", "RBC 55-1029", "depositedOn",
				LocalDate.now(PROGRAM_ZONE).toString(), "depositConfirmed", true));

		assertThat(instance).isEnded();
		DepositBatch confirmed = this.deposits.find(batchNumber).orElseThrow();
		assertThat(confirmed.getStatus()).isEqualTo(DepositBatch.Status.CONFIRMED);
		assertThat(confirmed.getPaymentCount()).isEqualTo(2);
		assertThat(confirmed.getTotal()).isEqualByComparingTo("2734.56");
		assertThat(confirmed.getSlipSha256()).isNotEqualTo(preparedSha)
			.isEqualTo(Deposits.sha256(new String(this.deposits.slipCsv(confirmed), StandardCharsets.UTF_8)));
		Payment reversed = this.payments.findById(cheque.getId()).orElseThrow();
		assertThat(reversed.getStatus()).isEqualTo(Payment.Status.REVERSED);
		assertThat(reversed.getDepositBatchId()).isEqualTo(batch.getId());
		assertThat(this.payments.findById(seeded.card().getId()).orElseThrow().getStatus())
			.isEqualTo(Payment.Status.DEPOSITED);
		assertThat(this.payments.findById(seeded.moneyOrder().getId()).orElseThrow().getStatus())
			.isEqualTo(Payment.Status.DEPOSITED);
		assertThat(historicVariable(instance, DepositVariables.LEFT_OUT_COUNT)).isEqualTo(1);
		assertThat(new String(this.deposits.slipCsv(confirmed), StandardCharsets.UTF_8))
			.contains("LEFT_OUT_REVERSED," + batchNumber);

		// a charge-back after the deposit was confirmed does not rewrite the slip
		Payment card = this.payments.findById(seeded.card().getId()).orElseThrow();
		card.reverse("Charge-back", Instant.now().plusSeconds(120));
		this.payments.save(card);
		assertThat(Deposits.sha256(new String(this.deposits.slipCsv(confirmed), StandardCharsets.UTF_8)))
			.isEqualTo(confirmed.getSlipSha256());
	}

	@Test
	void slipListsEachPaymentWithTotalsPerMethod() throws Exception {
		Seeded seeded = seed();
		Payment formula = payment(seeded.file(), PaymentMethod.MONEY_ORDER, "10.00", "=HYPERLINK(\"x\")",
				minutesAgo(90));
		DepositBatch batch = this.deposits.prepare().orElseThrow();
		String n = batch.getBatchNumber();
		String f = seeded.fileNumber();

		String csv = new String(this.deposits.slipCsv(batch), StandardCharsets.UTF_8);
		assertThat(csv)
			.isEqualTo("row_type,batch_number,file_number,method,reference,payer,received_at,count,amount\r\n"
					+ "PAYMENT," + n + "," + f + ",CERTIFIED_CHEQUE," + seeded.cheque().getReference()
					+ ",\"Ruiz, Ana \"\"Anita\"\"\"," + local(seeded.cheque()) + ",1,250.00\r\n" + "PAYMENT," + n + ","
					+ f + ",MONEY_ORDER," + formula.getReference() + ",\"'=HYPERLINK(\"\"x\"\")\"," + local(formula)
					+ ",1,10.00\r\n" + "PAYMENT," + n + "," + f + ",MONEY_ORDER," + seeded.moneyOrder().getReference()
					+ ",Zoë Œuvre," + local(seeded.moneyOrder()) + ",1,1234.56\r\n" + "PAYMENT," + n + "," + f
					+ ",CARD," + seeded.card().getReference() + ",Chidinma Okafor," + local(seeded.card())
					+ ",1,1500.00\r\n" + "METHOD_TOTAL," + n + ",,CARD,,,,1,1500.00\r\n" + "METHOD_TOTAL," + n
					+ ",,CERTIFIED_CHEQUE,,,,1,250.00\r\n" + "METHOD_TOTAL," + n + ",,MONEY_ORDER,,,,2,1244.56\r\n"
					+ "TOTAL," + n + ",,,,,,4,2994.56\r\n");
		assertThat(batch.getSlipSha256()).isEqualTo(Deposits.sha256(csv));

		byte[] pdf = this.deposits.slipPdf(batch);
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = PdfDocuments.text(pdf);
		assertThat(text).contains("Provincial Nominee Program", "Deposit slip " + n, f, seeded.cheque().getReference(),
				seeded.moneyOrder().getReference(), seeded.card().getReference(), "Certified cheque", "Money order",
				"Card", "1,244.56", "2,994.56", "Zoë Œuvre");
	}

	@Test
	void slipsAreForIntakeAndManagers() throws Exception {
		Seeded seeded = seed();
		DepositBatch batch = this.deposits.prepare().orElseThrow();
		String slip = "/api/deposits/" + batch.getBatchNumber() + "/slip";

		MvcResult list = this.api.get("intake", "/api/deposits");
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		JsonNode mine = null;
		for (JsonNode entry : this.api.body(list)) {
			if (entry.get("batchNumber").asText().equals(batch.getBatchNumber())) {
				mine = entry;
			}
		}
		assertThat(mine).as("batch %s in the list", batch.getBatchNumber()).isNotNull();
		assertThat(mine.get("paymentCount").asInt()).isEqualTo(3);
		assertThat(mine.get("total").decimalValue()).isEqualByComparingTo("2984.56");
		assertThat(mine.get("status").asText()).isEqualTo("PREPARED");
		assertThat(mine.get("slipPdf").asText()).isEqualTo(slip + ".pdf");

		MvcResult pdf = this.api.get("manager", slip + ".pdf");
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		assertThat(PdfDocuments.text(pdf.getResponse().getContentAsByteArray())).contains(seeded.card().getReference());

		MvcResult csv = this.api.get("intake", slip + ".csv");
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains(batch.getBatchNumber() + ".csv");
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(new String(this.deposits.slipCsv(batch), StandardCharsets.UTF_8));

		for (String path : List.of("/api/deposits", slip + ".pdf", slip + ".csv")) {
			MvcResult refused = this.api.get("officer", path);
			assertThat(refused.getResponse().getStatus()).as("officer on %s", path).isEqualTo(403);
			assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		MvcResult unknown = this.api.get("intake", "/api/deposits/DEP-1999-01-01-9/slip.pdf");
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknown.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(this.api.body(unknown).get("detail").asText()).contains("DEP-1999-01-01-9");
	}

	@Test
	void theTimerFollowsTheConfiguredSchedule() {
		// the cron of pnp.deposits.cycle (16:00 by default), in the server's time zone
		ZonedDateTime due = startTimer().getDuedate().toInstant().atZone(ZoneId.systemDefault());
		assertThat(due.getHour()).isEqualTo(16);
		assertThat(due.getMinute()).isZero();
		try {
			assertThat(this.timer.align(DepositVariables.PROCESS, "0 30 7 * * ?")).isTrue();
			ZonedDateTime moved = startTimer().getDuedate().toInstant().atZone(ZoneId.systemDefault());
			assertThat(moved.getHour()).isEqualTo(7);
			assertThat(moved.getMinute()).isEqualTo(30);
			assertThat(moved.toInstant()).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(1)));
			assertThat(this.timer.align(DepositVariables.PROCESS, "0 30 7 * * ?")).as("already on that cycle")
				.isFalse();
		}
		finally {
			this.timer.align(DepositVariables.PROCESS, DepositSchedule.DEFAULT_CYCLE);
		}
		assertThat(startTimer().getDuedate().toInstant().atZone(ZoneId.systemDefault()).getHour()).isEqualTo(16);
	}

	// --- helpers

	record Seeded(ApplicationFile file, String fileNumber, Payment card, Payment cheque, Payment moneyOrder) {

		List<Payment> payments() {
			return List.of(this.card, this.cheque, this.moneyOrder);
		}

	}

	/**
	 * A file submitted through the intake API (paid 1500.00 by card), a certified cheque
	 * and a money order received for it; the clock a minute on, so all were received
	 * before now.
	 */
	Seeded seed() throws Exception {
		String fileNumber = this.api.submit(TestApplications.skilledWorker());
		ApplicationFile file = this.files.findByFileNumber(new FileNumber(fileNumber)).orElseThrow();
		Payment card = this.payments.findByApplicationIdOrderByReceivedAtAsc(file.getId()).get(0);
		Payment cheque = payment(file, PaymentMethod.CERTIFIED_CHEQUE, "250.00", "Ruiz, Ana \"Anita\"",
				minutesAgo(120));
		Payment moneyOrder = payment(file, PaymentMethod.MONEY_ORDER, "1234.56", "Zoë Œuvre", minutesAgo(60));
		ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(60)));
		return new Seeded(file, fileNumber, card, cheque, moneyOrder);
	}

	Payment payment(ApplicationFile file, PaymentMethod method, String amount, String payer, Instant receivedAt) {
		return this.payments.save(new Payment(file.getId(), Payment.Kind.PAYMENT, method, new BigDecimal(amount), payer,
				reference(method.name().substring(0, 3)), receivedAt, "intake"));
	}

	static String reference(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	static Instant minutesAgo(int minutes) {
		return Instant.now().minus(minutes, ChronoUnit.MINUTES);
	}

	static String local(Payment payment) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(payment.getReceivedAt().atZone(PROGRAM_ZONE));
	}

	Job startTimer() {
		return this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(DepositVariables.PROCESS)
			.activityId(TIMER)
			.singleResult();
	}

	/**
	 * Runs the start timer as the job executor would when it is due, then the step after
	 * it.
	 */
	ProcessInstance startByTimer() {
		ManagementService management = this.engine.getManagementService();
		Set<String> before = new HashSet<>();
		this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(DepositVariables.PROCESS)
			.list()
			.forEach((instance) -> before.add(instance.getId()));
		management.executeJob(startTimer().getId());
		List<HistoricProcessInstance> started = this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(DepositVariables.PROCESS)
			.list()
			.stream()
			.filter((instance) -> !before.contains(instance.getId()))
			.toList();
		assertThat(started).hasSize(1);
		String id = started.get(0).getId();
		assertThat(startTimer()).as("the next start is scheduled").isNotNull();
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(id)
			.singleResult();
		Job prepare = management.createJobQuery().processInstanceId(id).singleResult();
		assertThat(prepare).as("the prepare step waits for the job executor (asyncBefore)").isNotNull();
		management.executeJob(prepare.getId());
		return instance;
	}

	Task confirmTask(ProcessInstance instance) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(DepositVariables.CONFIRM_TASK)
			.singleResult();
	}

	void complete(Task task, Map<String, Object> submitted) {
		this.driver.as("intake", () -> {
			if (task.getAssignee() == null) {
				this.engine.getTaskService().claim(task.getId(), "intake");
			}
			this.engine.getTaskService().complete(task.getId(), new HashMap<>(submitted));
		});
	}

	void assertRefused(Task task, Map<String, Object> submitted, String message) {
		assertThatThrownBy(() -> complete(confirmTask(processInstance(task)), submitted))
			.hasRootCauseInstanceOf(TaskInputException.class)
			.hasMessageContaining(message);
	}

	ProcessInstance processInstance(Task task) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
	}

	Object historicVariable(ProcessInstance instance, String name) {
		var variable = this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult();
		assertThat(variable).as("variable %s of %s", name, instance.getId()).isNotNull();
		return variable.getValue();
	}

}
