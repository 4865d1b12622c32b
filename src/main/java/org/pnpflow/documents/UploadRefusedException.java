package org.pnpflow.documents;

/**
 * An uploaded document that cannot be accepted: the HTTP status that says why, the field
 * at fault and a sentence for the sender. Nothing of the upload is kept.
 */
public class UploadRefusedException extends RuntimeException {

	private final int status;

	private final String field;

	UploadRefusedException(int status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	public int getStatus() {
		return this.status;
	}

	public String getField() {
		return this.field;
	}

}
