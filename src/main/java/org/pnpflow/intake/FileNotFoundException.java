package org.pnpflow.intake;

/**
 * No file has the number asked for.
 */
class FileNotFoundException extends RuntimeException {

	FileNotFoundException(String fileNumber) {
		super("No file has the number " + fileNumber + ".");
	}

}
