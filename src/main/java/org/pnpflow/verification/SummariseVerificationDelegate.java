package org.pnpflow.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * {@code ${summariseVerification}}: any check that is not clear sends the file to program
 * integrity.
 */
@Component("summariseVerification")
class SummariseVerificationDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final VerificationCheckRepository checks;

	SummariseVerificationDelegate(CaseFiles files, VerificationCheckRepository checks) {
		this.files = files;
		this.checks = checks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long id = this.files.of(execution).getId();
		boolean concern = this.checks.findByApplicationIdOrderByIdAsc(id)
			.stream()
			.anyMatch((check) -> check.getResult() != VerificationResult.CLEAR);
		execution.setVariable(ProcessVariables.VERIFICATION_CONCERN, concern);
	}

}
