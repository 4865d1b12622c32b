package org.pnpflow.deposits;

import org.pnpflow.process.StartSchedule;
import org.pnpflow.process.StartTimers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the deposit process starts: {@code pnp.deposits.cycle}, a Camunda cron expression
 * with seconds ({@code 0 0 16 * * ?}: every day at 16:00, in the server's time zone).
 *
 * <p>
 * The timer start event of {@code processes/deposit.bpmn} reads it as
 * {@code ${depositSchedule.cycle}} when the diagram is deployed; {@link StartTimers} puts
 * the timer on it again when the configuration changed since. This bean depends on
 * nothing: the engine asks for it while it is being built.
 */
@Component("depositSchedule")
public class DepositSchedule implements StartSchedule {

	static final String DEFAULT_CYCLE = "0 0 16 * * ?";

	private final String cycle;

	DepositSchedule(@Value("${pnp.deposits.cycle:" + DEFAULT_CYCLE + "}") String cycle) {
		this.cycle = StartTimers.checkedCron("pnp.deposits.cycle", cycle, DEFAULT_CYCLE);
	}

	@Override
	public String processKey() {
		return DepositVariables.PROCESS;
	}

	/** The cron expression the deposit process starts by. */
	@Override
	public String getCycle() {
		return this.cycle;
	}

}
