package org.pnpflow.casefile;

/**
 * How processing of a file ended.
 */
public enum Outcome {

	NOMINATED("Nominated", true), REFUSED("Refused", true), WITHDRAWN("Withdrawn", false),
	CLOSED_INCOMPLETE("Closed as incomplete", false), CLOSED_NO_REPLY("Closed: no interview, no reply", false),
	CLOSED_UNPAID("Closed: fee not paid", false);

	private final String label;

	private final boolean decision;

	Outcome(String label, boolean decision) {
		this.label = label;
		this.decision = decision;
	}

	public String getLabel() {
		return this.label;
	}

	public boolean isDecision() {
		return this.decision;
	}

}
