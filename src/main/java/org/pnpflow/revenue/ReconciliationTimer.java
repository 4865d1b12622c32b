package org.pnpflow.revenue;

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
 * Keeps the start timer of {@code ReconciliationProcess} on
 * {@code pnp.reconciliation.schedule}. The engine reads
 * {@code ${reconciliationSchedule.cycle}} only when it deploys the diagram, and deploys
 * only a changed model; so when the application is ready, a timer on another cycle is put
 * on the configured one, next due at its next time. A changed schedule takes effect at
 * the next start. Idempotent; every node of a cluster finds the same.
 */
@Component
class ReconciliationTimer {

	private static final Logger LOG = LoggerFactory.getLogger(ReconciliationTimer.class);

	private final ProcessEngine engine;

	private final ReconciliationSchedule schedule;

	ReconciliationTimer(ProcessEngine engine, ReconciliationSchedule schedule) {
		this.engine = engine;
		this.schedule = schedule;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		align(this.schedule.getCycle());
	}

	/**
	 * Puts the start timer on the cycle when it is on another one.
	 * @return whether the timer was changed
	 */
	boolean align(String cycle) {
		boolean changed = false;
		for (Job timer : this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(ReconciliationVariables.PROCESS_KEY)
			.timers()
			.list()) {
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
					LOG.info("Revenue is reconciled by \"{}\" from now on (the timer had \"{}\")", cycle,
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
