package org.pnpflow.intake;

import java.util.List;

/**
 * A request that cannot be accepted, with every field that is wrong.
 */
class InvalidRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidRequestException(List<FieldProblem> problems) {
		super(problems.size() + " field(s) are not valid");
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	record FieldProblem(String field, String message) {
	}

}
