package org.pnpflow.deposits;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gathers the payments received and not yet deposited into a deposit batch; sets
 * {@code depositBatchNumber} (null when there is nothing to deposit).
 */
@Component("prepareDepositBatch")
class PrepareDepositBatchDelegate implements JavaDelegate {

	private final Deposits deposits;

	PrepareDepositBatchDelegate(Deposits deposits) {
		this.deposits = deposits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<DepositBatch> batch = this.deposits.prepare();
		execution.setVariable(DepositVariables.BATCH_NUMBER, batch.map(DepositBatch::getBatchNumber).orElse(null));
		batch.ifPresent((prepared) -> execution.setProcessBusinessKey(prepared.getBatchNumber()));
	}

}
