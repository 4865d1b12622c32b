package org.pnpflow.security;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request body that is not JSON, or not of the shape asked for, is a 400 naming the
 * body, from every controller that has no handling of its own.
 */
@RestControllerAdvice
// before Spring Boot's own problem handling, after the controllers' own advice
@Order(0)
class UnreadableBodyProblems {

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body could not be read; nothing was changed.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				List.of(Map.of("field", "body", "message", "is not valid JSON for this request")));
		return problem;
	}

}
