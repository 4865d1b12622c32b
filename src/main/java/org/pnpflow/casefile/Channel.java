package org.pnpflow.casefile;

/**
 * How an application reached the program.
 */
public enum Channel {

	/** Submitted through the e-filing portal (the intake API). */
	PORTAL,

	/** Received on paper and keyed in by intake staff. */
	PAPER

}
