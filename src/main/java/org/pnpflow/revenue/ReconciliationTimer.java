package org.pnpflow.revenue;

import org.pnpflow.process.StartTimers;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the start timer of {@code ReconciliationProcess} on
 * {@code pnp.reconciliation.cycle}. The engine reads
 * {@code ${reconciliationSchedule.cycle}} only when it deploys the diagram, and deploys
 * only a changed model; so when the application is ready, a timer on another cycle is put
 * on the configured one, next due at its next time. A changed schedule takes effect at
 * the next start. Idempotent; every node of a cluster finds the same.
 */
@Component
class ReconciliationTimer {

	private final StartTimers timers;

	private final ReconciliationSchedule schedule;

	ReconciliationTimer(StartTimers timers, ReconciliationSchedule schedule) {
		this.timers = timers;
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
		return this.timers.align(ReconciliationVariables.PROCESS_KEY, cycle);
	}

}
