package org.pnpflow.publicstatus;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The status check's refusals as RFC 9457 problems (application/problem+json), naming the
 * fields at fault; 429 carries Retry-After in seconds.
 */
@RestControllerAdvice(assignableTypes = PublicStatusController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicStatusProblems {

	@ExceptionHandler(StatusCheckRefusedException.class)
	ResponseEntity<ProblemDetail> refused(StatusCheckRefusedException refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status(), refused.english());
		problem.setTitle(refused.title());
		if (!refused.problems().isEmpty()) {
			problem.setProperty("errors",
					refused.problems()
						.stream()
						.map((field) -> Map.of("field", field.field(), "message", field.message()))
						.toList());
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.status());
		if (refused.retryAfterSeconds() != null) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		}
		return response.body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body could not be read.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				List.of(Map.of("field", "body", "message", "is not a JSON object with fileNumber and dateOfBirth")));
		return problem;
	}

}
