package org.pnpflow.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Due dates of staff tasks in working days, with the clock stopped while the file waits
 * on the applicant. A task is due at the end of the last of its working days
 * ({@code pnp.tasks.due.<task id>}, else {@code pnp.tasks.default-due}), counted from the
 * day it is created. When a wait on the applicant ends, every task of the case that was
 * open during the wait is due later by the working days the wait lasted while it was
 * open: staff never lose time to the applicant.
 */
@Component
public class TaskDueDates {

	private final BusinessDays days;

	private final PnpProperties properties;

	private final ProgramClock clock;

	TaskDueDates(BusinessDays days, PnpProperties properties, ProgramClock clock) {
		this.days = days;
		this.properties = properties;
		this.clock = clock;
	}

	/** When a task of this id created now is due. */
	public Instant dueNow(String taskDefinitionKey) {
		return this.days
			.endOf(this.days.after(this.clock.today(), this.properties.getTasks().workingDaysFor(taskDefinitionKey)));
	}

	/**
	 * The first instant after the end of the working day that is
	 * {@code pnp.tasks.due-soon-working-days} after today: a task due before it is due
	 * soon (a task due at the end of that day included).
	 */
	public Instant soon() {
		return this.days.endOf(this.days.after(this.clock.today(), this.properties.getTasks().getDueSoonWorkingDays()))
			.plusSeconds(1);
	}

	/**
	 * The case's wait on the applicant that started at {@code since} ends now: its open
	 * tasks are due later by the working days of the wait they were open for. Runs in the
	 * engine's transaction, whoever's action ended the wait, so it reads and saves the
	 * tasks without that user's authorizations.
	 */
	void waitEnded(DelegateExecution execution, Instant since) {
		Instant now = this.clock.now();
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		Context.getCommandContext().runWithoutAuthorization(() -> {
			for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
				// a task ending in the same step (the case withdrawn, closed) keeps its
				// date
				if (task.getDueDate() == null || (task instanceof TaskEntity entity && entity.isDeleted())) {
					continue;
				}
				Instant openedDuringWait = task.getCreateTime().toInstant().isAfter(since)
						? task.getCreateTime().toInstant() : since;
				int lost = this.days.between(this.days.dayOf(openedDuringWait), this.days.dayOf(now));
				if (lost > 0) {
					LocalDate due = this.days.dayOf(task.getDueDate().toInstant());
					task.setDueDate(Date.from(this.days.endOf(this.days.after(due, lost))));
					tasks.saveTask(task);
				}
			}
			return null;
		});
	}

}
