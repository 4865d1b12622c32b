package org.pnpflow.casefile;

/**
 * The number a file is known by: {@code <PREFIX>-<YEAR>-<6 digits>}.
 */
public record FileNumber(String value) {

	public FileNumber {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A file number cannot be empty");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
