package org.pnpflow.intake;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.pnpflow.documents.UploadRefusedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns what went wrong with a request into an RFC 9457 problem
 * (application/problem+json) that names the fields at fault.
 */
@RestControllerAdvice(assignableTypes = ApplicationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + invalid.problems().size() + " invalid field(s); nothing was recorded.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				invalid.problems().stream().map((p) -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
		String field = "body";
		String message = "is not valid JSON for this request";
		if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JsonMappingException.Reference reference : mapping.getPath()) {
				if (reference.getFieldName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			field = path.toString();
			message = "has a value of the wrong type or format (dates are yyyy-MM-dd, amounts are numbers)";
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body could not be read; nothing was recorded.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

	@ExceptionHandler(UploadRefusedException.class)
	ProblemDetail uploadRefused(UploadRefusedException refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.getStatus()),
				"The document was not accepted; nothing was stored.");
		problem.setTitle(HttpStatus.valueOf(refused.getStatus()).getReasonPhrase());
		problem.setProperty("errors", List.of(Map.of("field", refused.getField(), "message", refused.getMessage())));
		return problem;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The document was not accepted; nothing was stored.");
		problem.setTitle("Payload too large");
		problem.setProperty("errors", List.of(Map.of("field", "file", "message", "is larger than the server accepts")));
		return problem;
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ProblemDetail missingPart(Exception missing) {
		String field = missing instanceof MissingServletRequestPartException part ? part.getRequestPartName()
				: ((MissingServletRequestParameterException) missing).getParameterName();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request misses a required field; nothing was recorded.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", "is required")));
		return problem;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException unsupported) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Send the request as application/json (documents as multipart/form-data).");
		problem.setTitle("Unsupported media type");
		return problem;
	}

	@ExceptionHandler(org.pnpflow.fees.PaymentRefusedException.class)
	ProblemDetail paymentRefused(org.pnpflow.fees.PaymentRefusedException refused) {
		HttpStatus status = refused.isDuplicate() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The payment's " + refused.field() + " " + refused.getMessage() + "; nothing was recorded.");
		problem.setTitle(refused.isDuplicate() ? "Already recorded" : "Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
		return problem;
	}

	@ExceptionHandler(FileNotFoundException.class)
	ProblemDetail notFound(FileNotFoundException notFound) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
		problem.setTitle("File not found");
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException conflict) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
		problem.setTitle("Not possible in the file's current state");
		return problem;
	}

}
