package org.pnpflow.registers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns what went wrong with a registers request into an RFC 9457 problem
 * (application/problem+json) that names the fields, and for CSV files the lines, at
 * fault.
 */
@RestControllerAdvice(assignableTypes = RegisterController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterProblems {

	@ExceptionHandler(InvalidEntriesException.class)
	ProblemDetail invalid(InvalidEntriesException invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + invalid.problems().size() + " invalid value(s); nothing was saved.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", invalid.problems().stream().map(RegisterProblems::error).toList());
		return problem;
	}

	private static Map<String, Object> error(InvalidEntriesException.Problem problem) {
		Map<String, Object> error = new LinkedHashMap<>();
		if (problem.line() != null) {
			error.put("line", problem.line());
			error.put("column", problem.value().field());
		}
		error.put("field", problem.value().field() != null ? problem.value().field()
				: problem.line() != null ? "line " + problem.line() : "body");
		error.put("message", problem.value().message());
		return error;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException unsupported) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Send one entry as application/json (PUT) and many as text/csv (POST).");
		problem.setTitle("Unsupported media type");
		return problem;
	}

	@ExceptionHandler(RegisterNotFoundException.class)
	ProblemDetail notFound(RegisterNotFoundException notFound) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException conflict) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else wrote the same entry at the same moment; nothing was saved. Send it again.");
		problem.setTitle("Conflict");
		return problem;
	}

}
