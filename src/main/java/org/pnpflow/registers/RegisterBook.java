package org.pnpflow.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pnpflow.process.ProgramClock;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one register: reads, replaces and removes an entry, and loads many from a CSV
 * file. Whatever is written records who wrote it, when; a request with a bad value
 * changes nothing.
 *
 * @param <E> the register's entries
 */
abstract class RegisterBook<E extends RegisterEntry> {

	/**
	 * What a view of an entry carries besides the register's columns (ignored on input).
	 */
	private static final Set<String> READ_ONLY = Set.of("register", "updatedAt", "updatedBy");

	static final int MAX_ROWS = 20_000;

	private static final int MAX_PROBLEMS = 100;

	private final Register register;

	private final RegisterRepository<E> repository;

	private final ProgramClock clock;

	RegisterBook(Register register, RegisterRepository<E> repository, ProgramClock clock) {
		this.register = register;
		this.repository = repository;
		this.clock = clock;
	}

	Register register() {
		return this.register;
	}

	/**
	 * The columns of the register after its reference, in the order CSV files show them.
	 */
	abstract List<String> columns();

	/** A new entry made of the values, or null when one of them is not valid. */
	abstract E parse(String reference, EntryValues values);

	abstract void replace(E entry, E with);

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.repository.count() == 0;
	}

	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> find(String reference) {
		return this.repository.findByReference(this.register.normalise(reference)).map(this::view);
	}

	/** Creates or replaces the entry with the values of a JSON object. */
	@Transactional
	public Saved put(String reference, Map<String, String> values, String user) {
		String normalised = this.register.normalise(reference);
		EntryValues entry = new EntryValues(values);
		String referenceProblem = this.register.referenceProblem(normalised);
		if (referenceProblem != null) {
			entry.problem(this.register.referenceColumn(), referenceProblem);
		}
		String given = values.get(this.register.referenceColumn());
		if (given != null && !given.isBlank() && !this.register.normalise(given).equals(normalised)) {
			entry.problem(this.register.referenceColumn(), "must be the same as in the address (" + reference + ")");
		}
		for (String field : values.keySet()) {
			if (!field.equals(this.register.referenceColumn()) && !columns().contains(field)
					&& !READ_ONLY.contains(field)) {
				entry.problem(field, "is not a column of the " + this.register.title() + "; its columns are "
						+ String.join(", ", allColumns()));
			}
		}
		E parsed = parse(normalised, entry);
		if (!entry.problems().isEmpty()) {
			throw new InvalidEntriesException(
					entry.problems().stream().map((p) -> new InvalidEntriesException.Problem(null, p)).toList());
		}
		Optional<E> existing = this.repository.findByReference(normalised);
		E saved = existing.orElse(parsed);
		existing.ifPresent((entryFound) -> replace(entryFound, parsed));
		saved.recordUpdate(user, this.clock.now());
		return new Saved(existing.isEmpty(), view(this.repository.save(saved)));
	}

	/** Removes the entry; false when there was none. */
	@Transactional
	public boolean delete(String reference) {
		Optional<E> existing = this.repository.findByReference(this.register.normalise(reference));
		existing.ifPresent(this.repository::delete);
		return existing.isPresent();
	}

	/**
	 * Creates or replaces an entry for every row of the file, or, when any row has a bad
	 * value, nothing at all.
	 */
	@Transactional
	public Loaded load(CsvTable table, String user) {
		List<InvalidEntriesException.Problem> problems = new ArrayList<>();
		List<String> header = header(table, problems);
		if (!problems.isEmpty()) {
			throw new InvalidEntriesException(problems);
		}
		if (table.rows().isEmpty()) {
			throw new InvalidEntriesException(List.of(new InvalidEntriesException.Problem(table.headerLine() + 1,
					new EntryValues.FieldProblem(null, "the file has no rows after its header"))));
		}
		if (table.rows().size() > MAX_ROWS) {
			throw new InvalidEntriesException(
					List.of(new InvalidEntriesException.Problem(null, new EntryValues.FieldProblem(null,
							"the file has " + table.rows().size() + " rows; send at most " + MAX_ROWS + " at once"))));
		}
		Map<String, E> parsed = new LinkedHashMap<>();
		Map<String, Integer> lineOf = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			if (problems.size() >= MAX_PROBLEMS) {
				break;
			}
			if (row.cells().size() != header.size()) {
				problems.add(new InvalidEntriesException.Problem(row.line(), new EntryValues.FieldProblem(null,
						"has " + row.cells().size() + " values where the header has " + header.size() + " columns")));
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), row.cells().get(i));
			}
			EntryValues entry = new EntryValues(values);
			String reference = this.register.normalise(values.get(this.register.referenceColumn()));
			String referenceProblem = this.register.referenceProblem(reference);
			if (referenceProblem != null) {
				entry.problem(this.register.referenceColumn(), referenceProblem);
			}
			else if (lineOf.containsKey(reference)) {
				entry.problem(this.register.referenceColumn(),
						"repeats the " + this.register.referenceName() + " of line " + lineOf.get(reference));
			}
			E candidate = parse(reference, entry);
			entry.problems().forEach((p) -> problems.add(new InvalidEntriesException.Problem(row.line(), p)));
			if (entry.problems().isEmpty()) {
				parsed.put(reference, candidate);
				lineOf.put(reference, row.line());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidEntriesException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
		}
		Map<String, E> existing = new HashMap<>();
		List<String> references = new ArrayList<>(parsed.keySet());
		for (int from = 0; from < references.size(); from += 500) {
			this.repository.findByReferenceIn(references.subList(from, Math.min(from + 500, references.size())))
				.forEach((entry) -> existing.put(entry.getReference(), entry));
		}
		List<E> created = new ArrayList<>();
		var now = this.clock.now();
		for (Map.Entry<String, E> row : parsed.entrySet()) {
			E entry = existing.get(row.getKey());
			if (entry == null) {
				entry = row.getValue();
				created.add(entry);
			}
			else {
				replace(entry, row.getValue());
			}
			entry.recordUpdate(user, now);
		}
		this.repository.saveAll(created);
		return new Loaded(parsed.size(), created.size(), parsed.size() - created.size());
	}

	/**
	 * The header's column names as the register spells them; every column must be there,
	 * once.
	 */
	private List<String> header(CsvTable table, List<InvalidEntriesException.Problem> problems) {
		Map<String, String> known = new HashMap<>();
		allColumns().forEach((column) -> known.put(key(column), column));
		List<String> header = new ArrayList<>();
		for (String written : table.header()) {
			String column = known.get(key(written));
			if (column == null) {
				problems.add(new InvalidEntriesException.Problem(table.headerLine(),
						new EntryValues.FieldProblem(written.trim(), "is not a column of the " + this.register.title()
								+ "; its columns are " + String.join(", ", allColumns()))));
			}
			else if (header.contains(column)) {
				problems.add(new InvalidEntriesException.Problem(table.headerLine(),
						new EntryValues.FieldProblem(column, "is in the header twice")));
			}
			header.add(column);
		}
		for (String column : allColumns()) {
			if (!header.contains(column)) {
				problems
					.add(new InvalidEntriesException.Problem(table.headerLine(), new EntryValues.FieldProblem(column,
							"is missing from the header (every column is needed, even when empty)")));
			}
		}
		return header;
	}

	/** A column name without regard to case, spaces, hyphens and underscores. */
	private static String key(String column) {
		return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	List<String> allColumns() {
		List<String> all = new ArrayList<>();
		all.add(this.register.referenceColumn());
		all.addAll(columns());
		return all;
	}

	Map<String, Object> view(E entry) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("register", this.register.path());
		view.put(this.register.referenceColumn(), entry.getReference());
		view.putAll(entry.fields());
		view.put("updatedAt", entry.getUpdatedAt());
		view.put("updatedBy", entry.getUpdatedBy());
		return view;
	}

	/**
	 * An entry written by a request, and whether it is new.
	 *
	 * @param created true when the register had no entry of that reference
	 * @param entry the entry as it now reads
	 */
	record Saved(boolean created, Map<String, Object> entry) {
	}

	/**
	 * What loading a CSV file did.
	 *
	 * @param rows the rows of the file
	 * @param created the entries that are new
	 * @param updated the entries that replaced one of the same reference
	 */
	record Loaded(int rows, int created, int updated) {
	}

}
