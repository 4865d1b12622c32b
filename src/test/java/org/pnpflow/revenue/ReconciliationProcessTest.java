package org.pnpflow.revenue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.process.StartTimers;
import org.pnpflow.CaseDriver;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.TaskInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code ReconciliationProcess}: the daily timer starts it; a day with variances the
 * system cannot explain goes to intake, whose explanation is recorded on each, and the
 * reconciliation is then published; a day without goes straight to publication. The days
 * used (November and October 2024) are used by no other test.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReconciliationProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	ReconciliationSchedule schedule;

	@Autowired
	StartTimers timers;

	Ledger ledger;

	CaseDriver cases;

	Date timerDueBefore;

	/** The runs this test started, removed at the end if they still run. */
	final Set<String> started = new HashSet<>();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.cases = new CaseDriver(this.engine);
		this.timerDueBefore = timer().getDuedate();
	}

	@AfterEach
	void tearDown() {
		CaseDriver.resetClock();
		this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ReconciliationVariables.PROCESS_KEY)
			.list()
			.stream()
			.filter((instance) -> this.started.contains(instance.getId()))
			.forEach((instance) -> this.engine.getRuntimeService()
				.deleteProcessInstance(instance.getId(), "test over", true, true));
		// the timer due again when it was before the test moved the clock
		management().setJobDuedate(timer().getId(), this.timerDueBefore);
		if (this.ledger != null) {
			this.ledger.clear();
		}
	}

	@Test
	void theTimerRunsOnTheConfiguredSchedule() {
		assertThat(this.schedule.getCycle()).isEqualTo("0 30 2 * * ?");
		assertThat(repeat()).isEqualTo("0 30 2 * * ?");
		assertThat(timer().getDuedate()).isNotNull();

		// a schedule changed since the diagram was deployed applies from the next start
		assertThat(this.timers.align(ReconciliationVariables.PROCESS_KEY, "0 0 3 * * ?")).isTrue();
		assertThat(repeat()).isEqualTo("0 0 3 * * ?");
		assertThat(this.timers.align(ReconciliationVariables.PROCESS_KEY, "0 0 3 * * ?")).as("once only").isFalse();
		assertThat(this.timers.align(ReconciliationVariables.PROCESS_KEY, this.schedule.getCycle())).isTrue();
		assertThat(repeat()).isEqualTo("0 30 2 * * ?");

		assertThatThrownBy(() -> new ReconciliationSchedule("every night"))
			.hasMessageContaining("pnp.reconciliation.cycle \"every night\" is not a cron expression");
	}

	@Test
	void unexplainedVariancesGoToIntakeAndThePublishedReconciliationKeepsTheExplanation() {
		this.ledger = new Ledger(this.jdbc, "PNP-REV2411").periods(Period.day(LocalDate.of(2024, 11, 12)),
				Period.day(LocalDate.of(2024, 11, 9)));
		long file = this.ledger.file("N1", "SKILLED_WORKER", "2024-11-12", "1500.00");
		this.ledger.payment(file, "CARD", "1200.00", "2024-11-12");

		ProcessInstance run = fireTimerAt("2024-11-13", "02:30");

		assertThat(run).isWaitingAt("UserTask_ExplainVariances");
		assertThat(run).variables()
			.containsEntry(ReconciliationVariables.UNEXPLAINED_VARIANCES, 1)
			.containsKey(ReconciliationVariables.RECONCILIATION_IDS);
		List<Long> ids = ReconciliationVariables
			.ids(this.engine.getRuntimeService().getVariable(run.getId(), ReconciliationVariables.RECONCILIATION_IDS));
		assertThat(ids).extracting((id) -> this.reconciliations.get(id).period())
			.containsExactly(Period.day(LocalDate.of(2024, 11, 12)), Period.day(LocalDate.of(2024, 11, 9)));
		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).singleResult();
		assertThat(task).hasCandidateGroup("intake");
		String details = (String) this.engine.getTaskService()
			.getVariableLocal(task.getId(), ProcessVariables.TASK_DETAILS);
		assertThat(details).contains("#### Day 2024-11-12", "| Skilled Worker | 1500.00 | 1200.00 | 0.00 | 0.00 |",
				"**PNP\\-REV2411\\-N1**", "UNDERPAID", "CAD 300.00", "#### Day 2024-11-09", "0 variance(s)");

		assertThatThrownBy(() -> complete(task, "  ")).hasRootCauseInstanceOf(TaskInputException.class)
			.hasMessageContaining("Explanation is required.");
		assertThatThrownBy(() -> complete(task, "x".repeat(4001))).hasRootCauseInstanceOf(TaskInputException.class)
			.hasMessageContaining("at most 4000 characters");
		assertThat(run).isWaitingAt("UserTask_ExplainVariances");
		complete(task, "The applicant paid the balance of 300.00 at the counter on the 13th.");
		runJobsOf(run);

		assertThat(run).hasPassed("UserTask_ExplainVariances", "ServiceTask_PublishReconciliation").isEnded();
		Reconciliation day = this.reconciliations.find(Period.day(LocalDate.of(2024, 11, 12))).orElseThrow();
		assertThat(day.getStatus()).isEqualTo(Reconciliation.Status.RECONCILED);
		assertThat(day.getUnexplainedCount()).isZero();
		assertThat(this.reconciliations.variancesOf(day.getId())).singleElement().satisfies((variance) -> {
			assertThat(variance.getExplanation())
				.isEqualTo("The applicant paid the balance of 300.00 at the counter on the 13th.");
			assertThat(variance.getExplainedBy()).isEqualTo("intake");
			assertThat(variance.getExplainedAt()).isNotNull();
		});
		assertThat(this.reconciliations.find(Period.day(LocalDate.of(2024, 11, 9))).orElseThrow().getStatus())
			.isEqualTo(Reconciliation.Status.RECONCILED);
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.variableName(ReconciliationVariables.EXPLANATION)
			.count()).as("the explanation stays in our tables").isZero();
	}

	@Test
	void aDayWithoutVariancesIsPublishedWithoutATask() {
		this.ledger = new Ledger(this.jdbc, "PNP-REV2410").periods(Period.day(LocalDate.of(2024, 10, 15)),
				Period.day(LocalDate.of(2024, 10, 12)));
		long file = this.ledger.file("N2", "ENTREPRENEUR", "2024-10-15", "3500.00");
		this.ledger.payment(file, "CARD", "3500.00", "2024-10-15");

		ProcessInstance run = fireTimerAt("2024-10-16", "02:30");

		assertThat(run).hasPassed("Gateway_UnexplainedVariances", "ServiceTask_PublishReconciliation")
			.hasNotPassed("UserTask_ExplainVariances")
			.isEnded();
		Reconciliation day = this.reconciliations.find(Period.day(LocalDate.of(2024, 10, 15))).orElseThrow();
		assertThat(day.getStatus()).isEqualTo(Reconciliation.Status.RECONCILED);
		assertThat(day.getExpected()).isEqualByComparingTo("3500.00");
		assertThat(day.getReceived()).isEqualByComparingTo("3500.00");
		assertThat(day.getVarianceCount()).isZero();
	}

	@Test
	void theFirstOfTheMonthAlsoReconcilesTheMonthJustEnded() {
		assertThat(this.reconciliations.periodsDue(LocalDate.of(2024, 12, 1))).containsExactly(
				Period.day(LocalDate.of(2024, 11, 30)), Period.day(LocalDate.of(2024, 11, 27)),
				Period.month(YearMonth.of(2024, 11)));
		assertThat(this.reconciliations.periodsDue(LocalDate.of(2024, 12, 2)))
			.containsExactly(Period.day(LocalDate.of(2024, 12, 1)), Period.day(LocalDate.of(2024, 11, 28)));
	}

	/** Moves the clock to the day and time (Toronto) and lets the timer start a run. */
	private ProcessInstance fireTimerAt(String day, String time) {
		ClockUtil.setCurrentTime(Date.from(Ledger.at(day, time).toInstant()));
		Set<String> before = instanceIds();
		management().executeJob(timer().getId());
		Set<String> after = instanceIds();
		after.removeAll(before);
		assertThat(after).as("runs the timer started").hasSize(1);
		String id = after.iterator().next();
		this.started.add(id);
		ProcessInstance run = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(id)
			.singleResult();
		runJobsOf(run);
		return run;
	}

	private void runJobsOf(ProcessInstance run) {
		for (int round = 0; round < 20; round++) {
			List<Job> jobs = management().createJobQuery().processInstanceId(run.getId()).executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			management().executeJob(jobs.get(0).getId());
		}
		throw new AssertionError("jobs keep coming");
	}

	private void complete(Task task, String explanation) {
		this.cases.as("intake", () -> {
			if (this.engine.getTaskService()
				.createTaskQuery()
				.taskId(task.getId())
				.singleResult()
				.getAssignee() == null) {
				this.engine.getTaskService().claim(task.getId(), "intake");
			}
			this.engine.getTaskService()
				.complete(task.getId(), Map.of(ReconciliationVariables.EXPLANATION, explanation));
		});
	}

	private Set<String> instanceIds() {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ReconciliationVariables.PROCESS_KEY)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	private Job timer() {
		return management().createJobQuery()
			.processDefinitionKey(ReconciliationVariables.PROCESS_KEY)
			.timers()
			.singleResult();
	}

	private String repeat() {
		return ((TimerEntity) timer()).getRepeat();
	}

	private ManagementService management() {
		return this.engine.getManagementService();
	}

}
