package org.pnpflow.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a report covers, both included, and the stream it is limited to (null for
 * every stream).
 */
public record ReportFilter(LocalDate from, LocalDate to, String stream) {

	/** The first instant of {@code from} in the zone. */
	Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/** The first instant after {@code to} in the zone. */
	Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
