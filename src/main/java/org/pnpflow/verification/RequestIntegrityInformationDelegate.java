package org.pnpflow.verification;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.process.BusinessDays;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.StepKeys;
import org.springframework.stereotype.Component;

/**
 * {@code ${requestIntegrityInformation}}: program integrity's questions go to the
 * applicant the way missing documents do, as a missing-information letter listing what is
 * still outstanding, with a deadline of
 * {@code pnp.deadlines.integrity-information-business-days} business days.
 */
@Component("requestIntegrityInformation")
class RequestIntegrityInformationDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final Letters letters;

	private final BusinessDays businessDays;

	private final PnpProperties properties;

	RequestIntegrityInformationDelegate(CaseFiles files, Letters letters, BusinessDays businessDays,
			PnpProperties properties) {
		this.files = files;
		this.letters = letters;
		this.businessDays = businessDays;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		Instant deadline = this.businessDays
			.endOf(this.businessDays.deadline(this.properties.getDeadlines().getIntegrityInformationBusinessDays()));
		file.setInformationDeadline(deadline);
		execution.setVariable(ProcessVariables.INTEGRITY_INFORMATION_DEADLINE, Date.from(deadline));
		this.letters.send(file, LetterType.MISSING_INFORMATION,
				StepKeys.of(execution, "INTEGRITY_" + LetterType.MISSING_INFORMATION.name()));
	}

}
