package org.pnpflow.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time of the program: the engine's clock (so that tests that move it move our
 * timestamps too) in the province's time zone.
 */
@Component
public class ProgramClock {

	private final ZoneId zone;

	ProgramClock(@Value("${pnp.time-zone:America/Toronto}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), this.zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

}
