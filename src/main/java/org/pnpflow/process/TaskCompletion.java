package org.pnpflow.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.pnpflow.casefile.ApplicationFile;

/**
 * A task being completed: the file it belongs to, who completes it and what they
 * submitted. The accessors validate as they read, so a handler states each field's rule
 * once.
 */
public final class TaskCompletion {

	private final DelegateTask task;

	private final ApplicationFile file;

	private final String userId;

	public TaskCompletion(DelegateTask task, ApplicationFile file, String userId) {
		this.task = task;
		this.file = file;
		this.userId = userId;
	}

	public DelegateTask task() {
		return this.task;
	}

	/**
	 * The file the task is about; null for the unit's own work (deposits,
	 * reconciliations).
	 */
	public ApplicationFile file() {
		return this.file;
	}

	public String userId() {
		return this.userId;
	}

	public boolean has(String name) {
		Object value = this.task.getVariable(name);
		return value != null && !(value instanceof String text && text.isBlank());
	}

	/** A text the person must fill in. */
	public String requiredText(String name, String label, int maxLength) {
		String value = optionalText(name, label, maxLength);
		if (value == null) {
			throw new TaskInputException(label + " is required.");
		}
		return value;
	}

	/** A text the person may leave empty; {@code null} when empty. */
	public String optionalText(String name, String label, int maxLength) {
		Object value = this.task.getVariable(name);
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > maxLength) {
			throw new TaskInputException(
					label + " is too long: at most " + maxLength + " characters, " + text.length() + " given.");
		}
		return text;
	}

	/** One of the allowed choices of a radio or select field. */
	public <E extends Enum<E>> E choice(String name, String label, Class<E> type) {
		Object value = this.task.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			throw new TaskInputException("Choose " + label + ".");
		}
		try {
			return Enum.valueOf(type, value.toString());
		}
		catch (IllegalArgumentException unknown) {
			throw new TaskInputException("'" + value + "' is not a valid choice for " + label + ".");
		}
	}

	public boolean flag(String name) {
		Object value = this.task.getVariable(name);
		return value instanceof Boolean bool ? bool : value != null && Boolean.parseBoolean(value.toString());
	}

	/** A date field (Camunda Forms send it as yyyy-MM-dd). */
	public LocalDate requiredDate(String name, String label) {
		Object value = this.task.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			throw new TaskInputException(label + " is required.");
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
		}
		try {
			return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
		}
		catch (DateTimeParseException invalid) {
			throw new TaskInputException(label + " must be a date like 2026-11-22, not '" + value + "'.");
		}
	}

	/** An amount of money in CAD, positive, with at most two decimals. */
	public BigDecimal requiredAmount(String name, String label) {
		Object value = this.task.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			throw new TaskInputException(label + " is required.");
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(value.toString().trim());
		}
		catch (NumberFormatException invalid) {
			throw new TaskInputException(label + " must be an amount like 1500.00, not '" + value + "'.");
		}
		if (amount.signum() <= 0) {
			throw new TaskInputException(label + " must be more than zero.");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new TaskInputException(label + " cannot have more than two decimals (cents).");
		}
		return amount.setScale(2);
	}

	/**
	 * The values of a checklist or tag list field (Json array, list or comma-separated
	 * text).
	 */
	public List<String> values(String name) {
		Object value = this.task.getVariable(name);
		List<String> result = new ArrayList<>();
		if (value == null) {
			return result;
		}
		if (value instanceof SpinJsonNode json) {
			if (json.isArray()) {
				json.elements()
					.forEach((element) -> result.add(element.isString() ? element.stringValue() : element.toString()));
			}
			return result;
		}
		if (value instanceof Collection<?> collection) {
			collection.forEach((element) -> result.add(String.valueOf(element)));
			return result;
		}
		String text = value.toString().trim();
		if (text.startsWith("[")) {
			SpinJsonNode json = org.camunda.spin.Spin.JSON(text);
			json.elements().forEach((element) -> result.add(element.stringValue()));
			return result;
		}
		for (String part : text.split(",")) {
			if (!part.isBlank()) {
				result.add(part.trim());
			}
		}
		return result;
	}

	/** Sets a routing fact on the process for the gateways after this task. */
	public void route(String name, Object value) {
		this.task.getExecution().setVariable(name, value);
	}

}
