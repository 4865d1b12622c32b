package org.pnpflow.registers;

/**
 * The caller is signed in but their role may not keep the registers.
 */
class NotAllowedException extends RuntimeException {

	NotAllowedException(String message) {
		super(message);
	}

}
