package org.pnpflow;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives cases in tests the way the job executor and staff would: runs the jobs that are
 * due, moves the clock, and completes tasks as a named user of the right group.
 */
public final class CaseDriver {

	private final ProcessEngine engine;

	private final IntSupplier externalWorkers;

	public CaseDriver(ProcessEngine engine) {
		this(engine, () -> 0);
	}

	/**
	 * Also lets the external-task workers (the outside-registry checks) take what is
	 * waiting for them, as their schedule would.
	 * @param externalWorkers polls the workers once and says how many tasks they handled
	 */
	public CaseDriver(ProcessEngine engine, IntSupplier externalWorkers) {
		this.engine = engine;
		this.externalWorkers = externalWorkers;
	}

	/**
	 * Runs every job of the cases that is due, and every external task a worker takes,
	 * again and again, until none is left (timers in the future stay). Camunda's nightly
	 * history clean-up is left alone, wherever the moved clock lands: a test that wants
	 * it runs it itself.
	 */
	public void runDueJobs() {
		ManagementService management = this.engine.getManagementService();
		for (int round = 0; round < 1000; round++) {
			// one at a time, earliest first: a job can remove others (the timers of an
			// event-based gateway)
			List<Job> due = management.createJobQuery()
				.executable()
				.orderByJobDuedate()
				.asc()
				.listPage(0, 5)
				.stream()
				.filter((job) -> !(job instanceof JobEntity entity
						&& HistoryCleanupJobHandler.TYPE.equals(entity.getJobHandlerType())))
				.limit(1)
				.toList();
			if (due.isEmpty()) {
				if (this.externalWorkers.getAsInt() > 0) {
					continue;
				}
				return;
			}
			management.executeJob(due.get(0).getId());
		}
		throw new AssertionError("Jobs keep coming after 1000 runs: a loop in the process?");
	}

	/** Moves the engine's clock forward and runs whatever became due. */
	public void passTime(Duration duration) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
		runDueJobs();
	}

	/** The single open task of the file with this task id; fails when there is none. */
	public Task task(String fileNumber, String taskKey) {
		List<Task> tasks = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(fileNumber)
			.taskDefinitionKey(taskKey)
			.list();
		assertThat(tasks).as("open %s tasks of %s", taskKey, fileNumber).hasSize(1);
		return tasks.get(0);
	}

	/** Claims and completes the file's task as the user, with what their form submits. */
	public void complete(String fileNumber, String taskKey, String userId, Map<String, Object> submitted) {
		Task task = task(fileNumber, taskKey);
		as(userId, () -> {
			TaskService tasks = this.engine.getTaskService();
			if (task.getAssignee() == null) {
				tasks.claim(task.getId(), userId);
			}
			else if (!userId.equals(task.getAssignee())) {
				// a manager takes over a task someone else holds (Tasklist's "reassign")
				tasks.setAssignee(task.getId(), userId);
			}
			VariableMap variables = Variables.createVariables();
			variables.putAll(submitted);
			tasks.complete(task.getId(), variables);
		});
		runDueJobs();
	}

	/** Runs the action signed in as the user, with their groups, as Tasklist would. */
	public void as(String userId, Runnable action) {
		IdentityService identity = this.engine.getIdentityService();
		List<String> groups = identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		identity.setAuthentication(userId, groups);
		try {
			action.run();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/**
	 * The running case of the file: its {@code PnpApplicationProcess} (refunds and other
	 * processes share the business key).
	 */
	public static ProcessInstance caseOf(ProcessEngine engine, String fileNumber) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("PnpApplicationProcess")
			.processInstanceBusinessKey(fileNumber)
			.singleResult();
	}

	public static void resetClock() {
		ClockUtil.reset();
	}

}
