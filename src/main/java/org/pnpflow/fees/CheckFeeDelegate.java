package org.pnpflow.fees;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkFee}}: compares the payments on the file with the fee schedule.
 */
@Component("checkFee")
class CheckFeeDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final Fees fees;

	CheckFeeDelegate(CaseFiles files, Fees fees) {
		this.files = files;
		this.fees = fees;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FeeStatus status = this.fees.check(this.files.of(execution));
		execution.setVariable(ProcessVariables.FEE_STATUS, status.name());
	}

}
