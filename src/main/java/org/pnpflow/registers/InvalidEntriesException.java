package org.pnpflow.registers;

import java.util.List;

/**
 * Register entries that cannot be accepted, with every value at fault: its column and,
 * for a CSV file, its line. Nothing of the request is saved.
 */
class InvalidEntriesException extends RuntimeException {

	private final List<Problem> problems;

	InvalidEntriesException(List<Problem> problems) {
		super(problems.size() + " value(s) are not valid");
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One value at fault.
	 *
	 * @param line the line of the CSV file (null for JSON)
	 * @param value the column and what is wrong (a null column: the whole line)
	 */
	record Problem(Integer line, EntryValues.FieldProblem value) {
	}

}
