package org.pnpflow.deposits;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the deposit process's start timer on the configured schedule. The engine reads
 * {@code ${depositSchedule.cycle}} when it deploys the diagram and keeps that cycle with
 * the timer; a deployment happens only when a model changed. So when the application is
 * ready, a timer on another cycle than {@code pnp.deposits.cycle} is put on the
 * configured one, next due at its next time: a changed schedule takes effect at the next
 * start, with or without a new diagram. Idempotent; on a cluster every node finds the
 * same.
 */
@Component
class DepositTimer {

	private static final Logger LOG = LoggerFactory.getLogger(DepositTimer.class);

	private final ProcessEngine engine;

	private final DepositSchedule schedule;

	DepositTimer(ProcessEngine engine, DepositSchedule schedule) {
		this.engine = engine;
		this.schedule = schedule;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		align(this.schedule.getCycle());
	}

	/**
	 * Puts the start timer on the cycle when it is on another one.
	 * @return whether a timer was changed
	 */
	boolean align(String cycle) {
		List<Job> timers = this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(DepositVariables.PROCESS)
			.timers()
			.list();
		boolean changed = false;
		for (Job timer : timers) {
			if (timer.getProcessInstanceId() != null) {
				continue;
			}
			Boolean done = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
				.getCommandExecutorTxRequired()
				.execute((context) -> {
					JobEntity job = context.getJobManager().findJobById(timer.getId());
					if (!(job instanceof TimerEntity start) || cycle.equals(start.getRepeat())) {
						return false;
					}
					LOG.info("The deposit process starts by \"{}\" from now on (its timer had \"{}\")", cycle,
							start.getRepeat());
					start.setRepeat(cycle);
					start.setDuedate(new CycleBusinessCalendar().resolveDuedate(cycle));
					return true;
				});
			changed |= Boolean.TRUE.equals(done);
		}
		return changed;
	}

}
