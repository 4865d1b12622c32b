package org.pnpflow.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * {@code ${summariseVerification}}: a concern sends the file to program integrity, and so
 * does a check that could not be made unless
 * {@code pnp.verification.refer-unable-to-verify} is off.
 */
@Component("summariseVerification")
class SummariseVerificationDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final VerificationCheckRepository checks;

	private final PnpProperties properties;

	SummariseVerificationDelegate(CaseFiles files, VerificationCheckRepository checks, PnpProperties properties) {
		this.files = files;
		this.checks = checks;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long id = this.files.of(execution).getId();
		boolean concern = this.checks.findByApplicationIdOrderByIdAsc(id)
			.stream()
			.anyMatch((check) -> check.getResult() == VerificationResult.CONCERN
					|| (check.getResult() == VerificationResult.UNABLE_TO_VERIFY
							&& this.properties.getVerification().isReferUnableToVerify()));
		execution.setVariable(ProcessVariables.VERIFICATION_CONCERN, concern);
	}

}
