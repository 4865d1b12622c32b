package org.pnpflow.revenue;

import org.pnpflow.process.StartSchedule;
import org.pnpflow.process.StartTimers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When revenue is reconciled: {@code pnp.reconciliation.cycle}, a Camunda cron expression
 * with seconds ({@code 0 30 2 * * ?}: every day at 02:30, in the server's time zone).
 *
 * <p>
 * The timer start event of {@code processes/reconciliation.bpmn} reads it as
 * {@code ${reconciliationSchedule.cycle}} when the diagram is deployed;
 * {@link StartTimers} puts the timer on it again when the configuration changed since.
 * This bean depends on nothing: the engine asks for it while it is being built.
 */
@Component("reconciliationSchedule")
public class ReconciliationSchedule implements StartSchedule {

	static final String DEFAULT_CYCLE = "0 30 2 * * ?";

	private final String cycle;

	ReconciliationSchedule(@Value("${pnp.reconciliation.cycle:" + DEFAULT_CYCLE + "}") String cycle) {
		this.cycle = StartTimers.checkedCron("pnp.reconciliation.cycle", cycle, DEFAULT_CYCLE);
	}

	@Override
	public String processKey() {
		return ReconciliationVariables.PROCESS_KEY;
	}

	/** The cron expression the reconciliation process starts by. */
	@Override
	public String getCycle() {
		return this.cycle;
	}

}
