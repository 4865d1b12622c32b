package org.pnpflow.process;

import org.springframework.stereotype.Component;

/**
 * Timer durations read by the BPMN, e.g. {@code ${deadlines.proceduralFairness}}. They
 * come from the {@code pnp.deadlines.*} properties so that an analyst never edits a
 * duration in Java.
 */
@Component("deadlines")
public class Deadlines {

	private final PnpProperties properties;

	Deadlines(PnpProperties properties) {
		this.properties = properties;
	}

	public String getProceduralFairness() {
		return this.properties.getDeadlines().getProceduralFairness().toString();
	}

}
