package org.pnpflow.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused role answers 403 as problem+json with the reason, whichever controller of our
 * API refused it.
 */
@RestControllerAdvice
class ForbiddenProblems {

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException forbidden) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, forbidden.getMessage());
		problem.setTitle("Forbidden");
		return problem;
	}

}
