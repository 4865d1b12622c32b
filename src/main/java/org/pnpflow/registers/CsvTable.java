package org.pnpflow.registers;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as RFC 4180 writes it (and spreadsheets save it): values separated by
 * commas, a value in double quotes when it holds a comma, a quote (doubled) or a line
 * break, lines ended by CRLF or LF. The first line is the header; blank lines are
 * skipped; each row remembers the line it starts on, so a problem can be pointed at.
 *
 * @param header the column names of the first line
 * @param headerLine the line of the header (1 unless blank lines come first)
 * @param rows the rows after the header
 */
record CsvTable(List<String> header, int headerLine, List<Row> rows) {

	static CsvTable parse(String text) {
		List<Row> records = new Parser(text.startsWith("\uFEFF") ? text.substring(1) : text).records();
		if (records.isEmpty()) {
			throw new InvalidEntriesException(List.of(new InvalidEntriesException.Problem(1,
					new EntryValues.FieldProblem(null, "the file is empty; its first line names the columns"))));
		}
		return new CsvTable(records.get(0).cells(), records.get(0).line(), records.subList(1, records.size()));
	}

	/**
	 * The values of one row, and the line of the file it starts on.
	 *
	 * @param line the line number, from 1
	 * @param cells the values, as written (quotes removed)
	 */
	record Row(int line, List<String> cells) {
	}

	private static final class Parser {

		private final String text;

		private final List<Row> records = new ArrayList<>();

		private List<String> cells = new ArrayList<>();

		private final StringBuilder cell = new StringBuilder();

		private boolean quotedCell;

		private int line = 1;

		private int recordLine = 1;

		Parser(String text) {
			this.text = text;
		}

		List<Row> records() {
			int i = 0;
			boolean inQuotes = false;
			while (i < this.text.length()) {
				char c = this.text.charAt(i);
				if (inQuotes) {
					if (c == '"' && i + 1 < this.text.length() && this.text.charAt(i + 1) == '"') {
						this.cell.append('"');
						i += 2;
						continue;
					}
					if (c == '"') {
						inQuotes = false;
					}
					else {
						if (c == '\n') {
							this.line++;
						}
						this.cell.append(c);
					}
					i++;
					continue;
				}
				if (c == '"') {
					if (this.quotedCell || !this.cell.toString().isBlank()) {
						throw malformed(this.line, "has a quote inside a value; "
								+ "put the whole value in quotes and double the quotes inside it");
					}
					this.cell.setLength(0);
					this.quotedCell = true;
					inQuotes = true;
				}
				else if (c == ',') {
					endCell();
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 < this.text.length() && this.text.charAt(i + 1) == '\n') {
						i++;
					}
					endRecord();
					this.line++;
					this.recordLine = this.line;
				}
				else if (this.quotedCell && !Character.isWhitespace(c)) {
					throw malformed(this.line, "has text after the closing quote of a value");
				}
				else if (!this.quotedCell) {
					this.cell.append(c);
				}
				i++;
			}
			if (inQuotes) {
				throw malformed(this.recordLine, "opens a quote that is never closed");
			}
			endRecord();
			return this.records;
		}

		private void endCell() {
			this.cells.add(this.cell.toString());
			this.cell.setLength(0);
			this.quotedCell = false;
		}

		private void endRecord() {
			boolean blank = this.cells.isEmpty() && !this.quotedCell && this.cell.toString().isBlank();
			endCell();
			if (!blank) {
				this.records.add(new Row(this.recordLine, List.copyOf(this.cells)));
			}
			this.cells = new ArrayList<>();
		}

		private static InvalidEntriesException malformed(int line, String message) {
			return new InvalidEntriesException(
					List.of(new InvalidEntriesException.Problem(line, new EntryValues.FieldProblem(null, message))));
		}

	}

}
