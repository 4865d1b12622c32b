package org.pnpflow.revenue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names of the variables of {@code ReconciliationProcess}: ids and routing facts only,
 * the figures and variances live in our tables.
 */
final class ReconciliationVariables {

	static final String PROCESS_KEY = "ReconciliationProcess";

	/**
	 * The reconciliations the run made, as ids separated by commas (a plain string, so
	 * that no Java serialization is needed).
	 */
	static final String RECONCILIATION_IDS = "reconciliationIds";

	/** How many of their variances the system could not explain (a number). */
	static final String UNEXPLAINED_VARIANCES = "unexplainedVariances";

	/** The explanation intake submits; kept in our tables only, never in history. */
	static final String EXPLANATION = "explanation";

	private ReconciliationVariables() {
	}

	static String ids(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<Long> ids(Object value) {
		List<Long> ids = new ArrayList<>();
		if (value == null) {
			return ids;
		}
		for (String part : value.toString().split(",")) {
			if (!part.isBlank()) {
				ids.add(Long.valueOf(part.trim()));
			}
		}
		return ids;
	}

}
