package org.pnpflow.intake;

/**
 * The caller is signed in but their role may not do this.
 */
class ForbiddenException extends RuntimeException {

	ForbiddenException(String message) {
		super(message);
	}

}
