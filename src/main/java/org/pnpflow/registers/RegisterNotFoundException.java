package org.pnpflow.registers;

/**
 * No such register, or no entry of that reference in it.
 */
class RegisterNotFoundException extends RuntimeException {

	RegisterNotFoundException(String message) {
		super(message);
	}

}
