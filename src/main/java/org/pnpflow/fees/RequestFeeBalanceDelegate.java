package org.pnpflow.fees;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.StepKeys;
import org.springframework.stereotype.Component;

/**
 * {@code ${requestFeeBalance}}: writes to the applicant for the balance of an underpaid
 * fee, due within {@code pnp.deadlines.fee-balance}; sets {@code feeBalanceDeadline}.
 */
@Component("requestFeeBalance")
class RequestFeeBalanceDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final Letters letters;

	private final PnpProperties properties;

	private final ProgramClock clock;

	RequestFeeBalanceDelegate(CaseFiles files, Letters letters, PnpProperties properties, ProgramClock clock) {
		this.files = files;
		this.letters = letters;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		Instant deadline = this.clock.now().plus(this.properties.getDeadlines().getFeeBalance());
		file.setFeeBalanceDueBy(deadline);
		execution.setVariable(ProcessVariables.FEE_BALANCE_DEADLINE, Date.from(deadline));
		this.letters.send(file, LetterType.FEE_BALANCE_DUE, StepKeys.of(execution, LetterType.FEE_BALANCE_DUE.name()));
	}

}
