package org.pnpflow.letters;

/**
 * The letters the program sends. Each has a template per language in
 * {@code src/main/resources/letters/<TYPE>.<en|fr>.txt}.
 */
public enum LetterType {

	ACKNOWLEDGEMENT, MISSING_INFORMATION, MISSING_INFORMATION_REMINDER, CLOSED_INCOMPLETE, INTERVIEW_INVITATION,
	INTERVIEW_NO_SHOW, PROCEDURAL_FAIRNESS, NOMINATION, WORK_PERMIT_SUPPORT, REFUSAL, WITHDRAWAL_CONFIRMATION,
	NOMINATION_WITHDRAWN, CERTIFICATE_EXPIRED

}
