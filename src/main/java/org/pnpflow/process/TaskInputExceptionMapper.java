package org.pnpflow.process;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes {@code /engine-rest} answer a refused task completion with 400 and the handler's
 * own sentence, instead of Camunda's 500 wrapping it. Other failures keep Camunda's
 * answer.
 */
@Component
class TaskInputExceptionMapper implements ResourceConfigCustomizer {

	@Override
	public void customize(org.glassfish.jersey.server.ResourceConfig config) {
		config.register(Mapper.class);
	}

	@Priority(1)
	public static class Mapper implements ExceptionMapper<RestException> {

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

}
