package org.pnpflow.intake;

/**
 * The request is well formed but the file is not in a state to accept it (closed,
 * decided, not waiting for this).
 */
class ConflictException extends RuntimeException {

	ConflictException(String message) {
		super(message);
	}

}
