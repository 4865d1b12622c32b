package org.pnpflow.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Percentiles of durations from a histogram of whole hours: the database groups the
 * durations by hour and counts them (one grouped query, however many rows), and the
 * percentiles are read from the cumulative counts, exact to the hour. A percentile is the
 * smallest hour at or below which that share of the durations falls (nearest rank).
 */
final class Percentiles {

	private final TreeMap<Long, Long> countsPerHour = new TreeMap<>();

	private long total;

	void add(long hour, long count) {
		this.countsPerHour.merge(hour, count, Long::sum);
		this.total += count;
	}

	long total() {
		return this.total;
	}

	/** The percentile in days, to one decimal; null when there is nothing to count. */
	BigDecimal days(int percentile) {
		if (this.total == 0) {
			return null;
		}
		long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * this.total));
		long seen = 0;
		for (Map.Entry<Long, Long> hour : this.countsPerHour.entrySet()) {
			seen += hour.getValue();
			if (seen >= rank) {
				return BigDecimal.valueOf(hour.getKey()).divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP);
			}
		}
		throw new IllegalStateException("Counted " + seen + " of " + this.total);
	}

}
