package org.pnpflow.documents;

/**
 * The state of a checklist line. Each problem state is also the problem's code.
 */
public enum ItemState {

	RECEIVED(false), RECEIVED_ON_PAPER(false), MISSING(true), EXPIRED(true), EXPIRES_TOO_SOON(true), TOO_OLD(true),

	/**
	 * Something intake found wanting that the checklist does not cover (illegible,
	 * unsigned, ...).
	 */
	REQUESTED_BY_INTAKE(true);

	private final boolean problem;

	ItemState(boolean problem) {
		this.problem = problem;
	}

	public boolean isProblem() {
		return this.problem;
	}

}
