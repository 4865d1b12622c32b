package org.pnpflow.process;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Makes Camunda's REST APIs ({@code /engine-rest}, and {@code /camunda/api/engine} that
 * Tasklist calls) answer a refused task completion with 400 and the handler's own
 * sentence, instead of a 500 wrapping it. Other failures keep Camunda's answer.
 * Registered in every JAX-RS application by {@link TaskInputExceptionDiscoverable}.
 */
@Priority(1)
public class TaskInputExceptionMapper implements ExceptionMapper<RestException> {

	@Override
	public Response toResponse(RestException exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof TaskInputException refused) {
				return Response.status(Response.Status.BAD_REQUEST)
					.type(MediaType.APPLICATION_JSON_TYPE)
					.entity(Map.of("type", "TaskInputException", "message", refused.getMessage()))
					.build();
			}
		}
		return new RestExceptionHandler().toResponse(exception);
	}

}
