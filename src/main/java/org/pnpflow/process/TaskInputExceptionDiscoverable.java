package org.pnpflow.process;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link TaskInputExceptionMapper} in every JAX-RS application of the server,
 * including the one Tasklist calls ({@code /camunda/api/engine}), so a refused form
 * submission shows the person only the sentence that says what to change.
 */
public class TaskInputExceptionDiscoverable implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (!context.getConfiguration().isRegistered(TaskInputExceptionMapper.class)) {
			context.register(TaskInputExceptionMapper.class);
		}
	}

}
