package org.pnpflow.reports;

import java.util.List;

/**
 * A report for a filter: its tables and the notes that say what they count.
 */
public record Report(String id, String title, ReportFilter filter, List<ReportTable> tables, List<String> notes) {

	ReportTable table(String tableId) {
		return this.tables.stream().filter((table) -> table.id().equals(tableId)).findFirst().orElse(null);
	}

}
