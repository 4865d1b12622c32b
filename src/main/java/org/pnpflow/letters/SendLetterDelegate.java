package org.pnpflow.letters;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.StepKeys;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendLetter}} with the input {@code letterType}: makes the letter on the file.
 */
@Component("sendLetter")
class SendLetterDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final Letters letters;

	SendLetterDelegate(CaseFiles files, Letters letters) {
		this.files = files;
		this.letters = letters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object input = execution.getVariableLocal(ProcessVariables.LETTER_TYPE);
		if (input == null) {
			throw new IllegalStateException(
					execution.getCurrentActivityId() + " uses ${sendLetter} without the input parameter letterType");
		}
		LetterType type = LetterType.valueOf(input.toString());
		this.letters.send(this.files.of(execution), type, idempotencyKey(execution, type));
	}

	/**
	 * One letter per step execution; a reminder once per deadline, however often its
	 * timer fires (the applicant may answer in part and wait again for the same
	 * deadline).
	 */
	private static String idempotencyKey(DelegateExecution execution, LetterType type) {
		String file = execution.getProcessBusinessKey() + "/" + type + "/";
		if (type == LetterType.MISSING_INFORMATION_REMINDER) {
			Object deadline = execution.getVariable(ProcessVariables.INFORMATION_DEADLINE);
			return file + (deadline instanceof Date date ? date.getTime() : deadline);
		}
		return StepKeys.of(execution, type.name());
	}

}
