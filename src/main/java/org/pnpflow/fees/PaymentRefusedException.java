package org.pnpflow.fees;

/**
 * A payment that cannot be recorded: the field at fault and why. Nothing was written.
 */
public class PaymentRefusedException extends RuntimeException {

	private final String field;

	private final boolean duplicate;

	PaymentRefusedException(String field, String message, boolean duplicate) {
		super(message);
		this.field = field;
		this.duplicate = duplicate;
	}

	public String field() {
		return this.field;
	}

	/** The same reference is recorded already: a conflict, not a malformed request. */
	public boolean isDuplicate() {
		return this.duplicate;
	}

}
