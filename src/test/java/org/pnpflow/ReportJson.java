package org.pnpflow;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A report as the API answers it in JSON: its tables by id, their column labels. */
public final class ReportJson {

	private ReportJson() {
	}

	public static JsonNode table(JsonNode report, String id) {
		for (JsonNode table : report.get("tables")) {
			if (table.get("id").asText().equals(id)) {
				return table;
			}
		}
		throw new AssertionError("No table " + id + " in " + report.get("id"));
	}

	public static List<String> labels(JsonNode table) {
		List<String> labels = new ArrayList<>();
		table.get("columns").forEach((column) -> labels.add(column.get("label").asText()));
		return labels;
	}

}
