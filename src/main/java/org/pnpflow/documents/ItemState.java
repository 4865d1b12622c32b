package org.pnpflow.documents;

/**
 * The state of a checklist line. Each problem state is also the problem's code; a
 * blocking problem keeps the file incomplete, a non-blocking one is shown and flagged but
 * asks nothing of the applicant.
 */
public enum ItemState {

	RECEIVED(false, false), RECEIVED_ON_PAPER(false, false),

	/** Required and not on file. */
	MISSING(true, true),

	/** Its expiry date has passed. */
	EXPIRED(true, true),

	/** It expires before the date it must stay valid until. */
	EXPIRES_TOO_SOON(true, true),

	/** Issued longer ago than the checklist allows. */
	TOO_OLD(true, true),

	/** The holder's name on it is not the applicant's. */
	NAME_MISMATCH(true, true),

	/** The holder's date of birth on it is not the applicant's. */
	BIRTH_DATE_MISMATCH(true, true),

	/** The passport's number is not the one the applicant declared. */
	PASSPORT_NUMBER_MISMATCH(true, true),

	/**
	 * The same passport number is on another open file: program integrity looks at it.
	 */
	DUPLICATE(true, false),

	/**
	 * Something intake found wanting that the checklist does not cover (illegible,
	 * unsigned, ...).
	 */
	REQUESTED_BY_INTAKE(true, true);

	private final boolean problem;

	private final boolean blocking;

	ItemState(boolean problem, boolean blocking) {
		this.problem = problem;
		this.blocking = blocking;
	}

	public boolean isProblem() {
		return this.problem;
	}

	public boolean isBlocking() {
		return this.blocking;
	}

}
