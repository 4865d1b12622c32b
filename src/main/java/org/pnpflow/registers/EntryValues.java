package org.pnpflow.registers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values of one register entry as sent (JSON fields or the cells of a CSV row, all
 * text), read column by column: every problem is collected, with the column it is in, so
 * that the sender hears about all of them at once.
 */
final class EntryValues {

	private final Map<String, String> values;

	private final List<FieldProblem> problems = new ArrayList<>();

	EntryValues(Map<String, String> values) {
		this.values = values;
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	void problem(String column, String message) {
		this.problems.add(new FieldProblem(column, message));
	}

	String required(String column, int maxLength) {
		String value = optional(column, maxLength);
		if (value == null) {
			problem(column, "is required");
		}
		return value;
	}

	String optional(String column, int maxLength) {
		String value = this.values.get(column);
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim().replaceAll("\\s+", " ");
		if (trimmed.length() > maxLength) {
			problem(column, "must have at most " + maxLength + " characters");
			return null;
		}
		return trimmed;
	}

	<T extends Enum<T>> T choice(String column, Class<T> type) {
		String value = required(column, 60);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			problem(column, "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

	String oneOf(String column, Set<String> allowed) {
		String value = required(column, 60);
		if (value == null) {
			return null;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			problem(column, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
			return null;
		}
		return upper;
	}

	LocalDate date(String column, boolean required) {
		String value = required ? required(column, Integer.MAX_VALUE) : optional(column, Integer.MAX_VALUE);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException invalid) {
			problem(column, "must be a date written yyyy-MM-dd");
			return null;
		}
	}

	/**
	 * One value that cannot be accepted: the column (JSON field) and why.
	 */
	record FieldProblem(String field, String message) {
	}

}
