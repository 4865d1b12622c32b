package org.pnpflow.archive;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns what went wrong with a legal-hold, register or access request into an RFC 9457
 * problem that names the field at fault.
 */
@RestControllerAdvice(assignableTypes = ArchiveController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArchiveProblems {

	@ExceptionHandler(ArchiveRequestException.class)
	ProblemDetail refused(ArchiveRequestException refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status(),
				refused.status() == HttpStatus.BAD_REQUEST
						? refused.field() + " " + refused.getMessage() + "; nothing was changed."
						: refused.getMessage());
		problem.setTitle(refused.status() == HttpStatus.BAD_REQUEST ? "Invalid request"
				: refused.status() == HttpStatus.NOT_FOUND ? "Not found" : "Conflict");
		if (refused.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
		}
		return problem;
	}

}
