package org.pnpflow.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a report: what the dashboard draws, a CSV file holds and an XLSX sheet
 * shows, from the same columns and rows.
 *
 * @param id the name of its CSV file and XLSX sheet
 * @param chart how the dashboard draws it: {@code bar} (grouped bars per row),
 * {@code stacked} (a column per row, the series stacked) or {@code none}
 * @param series the ids of the columns the chart draws
 */
public record ReportTable(String id, String title, String chart, List<String> series, List<Column> columns,
		List<List<Object>> rows) {

	/**
	 * A column; {@code type} is {@code text}, {@code count}, {@code days},
	 * {@code percent} or {@code money}, which says how a value is shown.
	 */
	public record Column(String id, String label, String type) {
	}

	static ReportTable of(String id, String title, String chart, Column... columns) {
		return new ReportTable(id, title, chart, new ArrayList<>(), List.of(columns), new ArrayList<>());
	}

	static Column text(String id, String label) {
		return new Column(id, label, "text");
	}

	static Column count(String id, String label) {
		return new Column(id, label, "count");
	}

	static Column days(String id, String label) {
		return new Column(id, label, "days");
	}

	static Column percent(String id, String label) {
		return new Column(id, label, "percent");
	}

	static Column money(String id, String label) {
		return new Column(id, label, "money");
	}

	/** The columns the chart draws. */
	ReportTable draw(String... columnIds) {
		this.series.clear();
		this.series.addAll(Arrays.asList(columnIds));
		return this;
	}

	ReportTable row(Object... values) {
		if (values.length != this.columns.size()) {
			throw new IllegalArgumentException(
					"Table " + this.id + " has " + this.columns.size() + " columns, not " + values.length);
		}
		this.rows.add(Arrays.asList(values));
		return this;
	}

}
