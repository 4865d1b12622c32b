package org.pnpflow.registers;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CSV files as spreadsheets save them: quotes, commas and line breaks inside values,
 * CRLF, a byte order mark, blank lines; each row knows its line.
 */
class RegisterCsvTest {

	@Test
	void readsQuotedValuesAndCountsLines() {
		CsvTable table = CsvTable.parse("\uFEFFa,b,c\r\n1,\"two, with comma\",3\r\n\r\n"
				+ "4,\"a \"\"quoted\"\" word\nover two lines\",6\n7,,\n");
		assertThat(table.header()).containsExactly("a", "b", "c");
		assertThat(table.headerLine()).isEqualTo(1);
		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 6);
		assertThat(table.rows().get(0).cells()).containsExactly("1", "two, with comma", "3");
		assertThat(table.rows().get(1).cells()).containsExactly("4", "a \"quoted\" word\nover two lines", "6");
		assertThat(table.rows().get(2).cells()).containsExactly("7", "", "");
	}

	@Test
	void lastLineWithoutLineBreakIsARow() {
		assertThat(CsvTable.parse("a,b\n1,2").rows()).containsExactly(new CsvTable.Row(2, List.of("1", "2")));
	}

	@Test
	void brokenQuotingNamesItsLine() {
		assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n3,\"never closed\n")).isInstanceOfSatisfying(
				InvalidEntriesException.class, (invalid) -> assertThat(invalid.problems().get(0).line()).isEqualTo(3));
		assertThatThrownBy(() -> CsvTable.parse("a,b\n1,say \"hi\"\n")).isInstanceOfSatisfying(
				InvalidEntriesException.class, (invalid) -> assertThat(invalid.problems().get(0).line()).isEqualTo(2));
		assertThatThrownBy(() -> CsvTable.parse("\n\n")).isInstanceOf(InvalidEntriesException.class);
	}

}
