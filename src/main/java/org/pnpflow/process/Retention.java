package org.pnpflow.process;

import java.time.Period;

import org.springframework.stereotype.Component;

/**
 * How long a file stays in the live system after its outcome, read by the BPMN as
 * {@code ${retention.periodFor(outcome)}} from the {@code pnp.retention.*} properties.
 */
@Component("retention")
public class Retention {

	private final PnpProperties properties;

	Retention(PnpProperties properties) {
		this.properties = properties;
	}

	public String periodFor(String outcome) {
		Period period = this.properties.getRetention().get(outcome);
		if (period == null) {
			throw new IllegalStateException(
					"No retention period configured for outcome " + outcome + " (set pnp.retention." + outcome + ")");
		}
		return period.toString();
	}

}
