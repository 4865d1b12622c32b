package org.pnpflow.documents;

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
 * {@code ${requestMissingInformation}}: sets the applicant's deadline (kept when the
 * applicant answers in part and is asked again) and its reminder, and makes the
 * missing-information letter listing every outstanding item.
 */
@Component("requestMissingInformation")
class RequestMissingInformationDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final Letters letters;

	private final PnpProperties properties;

	private final ProgramClock clock;

	RequestMissingInformationDelegate(CaseFiles files, Letters letters, PnpProperties properties, ProgramClock clock) {
		this.files = files;
		this.letters = letters;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		Instant now = this.clock.now();
		Instant deadline = file.getInformationDeadline();
		if (deadline == null || deadline.isBefore(now)
				|| this.properties.getDocuments().isRestartDeadlineOnPartialAnswer()) {
			deadline = now.plus(this.properties.getDeadlines().getMissingInformation());
			file.setInformationDeadline(deadline);
		}
		Instant reminder = deadline.minus(this.properties.getDeadlines().getMissingInformationReminderBefore());
		execution.setVariable(ProcessVariables.INFORMATION_DEADLINE, Date.from(deadline));
		execution.setVariable(ProcessVariables.INFORMATION_REMINDER_AT,
				Date.from(reminder.isBefore(now) ? now : reminder));
		this.letters.send(file, LetterType.MISSING_INFORMATION,
				StepKeys.of(execution, LetterType.MISSING_INFORMATION.name()));
	}

}
