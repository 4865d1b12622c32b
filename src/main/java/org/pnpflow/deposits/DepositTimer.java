package org.pnpflow.deposits;

import org.pnpflow.process.StartTimers;
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

	private final StartTimers timers;

	private final DepositSchedule schedule;

	DepositTimer(StartTimers timers, DepositSchedule schedule) {
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
		return this.timers.align(DepositVariables.PROCESS, cycle);
	}

}
