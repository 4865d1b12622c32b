package org.pnpflow.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's tables as CSV (one table, RFC 4180, comma, CRLF, header of the column
 * labels) and as an XLSX workbook (a sheet per table, named by the table's id: its title,
 * the filter, then the header and the rows, numbers as numbers).
 */
final class ReportExports {

	/** The row of a sheet that holds the column labels; the data follow it. */
	static final int HEADER_ROW = 3;

	private ReportExports() {
	}

	static String csv(ReportTable table) {
		StringBuilder csv = new StringBuilder();
		csv.append(String.join(",", table.columns().stream().map((column) -> quoted(column.label())).toList()))
			.append("\r\n");
		for (List<Object> row : table.rows()) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					csv.append(',');
				}
				Object value = row.get(i);
				if (value instanceof BigDecimal decimal) {
					csv.append(decimal.toPlainString());
				}
				else if (value instanceof Number number) {
					csv.append(number);
				}
				else if (value != null) {
					csv.append(quoted(value.toString()));
				}
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	static byte[] workbook(Report report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			var formats = workbook.getCreationHelper().createDataFormat();
			Map<String, CellStyle> styles = Map.of("count", style(workbook, formats.getFormat("#,##0")), "days",
					style(workbook, formats.getFormat("0.0")), "percent", style(workbook, formats.getFormat("0.0")),
					"money", style(workbook, formats.getFormat("#,##0.00")));
			for (ReportTable table : report.tables()) {
				Sheet sheet = workbook.createSheet(table.id());
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue(report.title() + ": " + table.title());
				title.getCell(0).setCellStyle(header);
				sheet.createRow(1).createCell(0).setCellValue(describe(report.filter()));
				Row head = sheet.createRow(HEADER_ROW);
				for (int c = 0; c < table.columns().size(); c++) {
					head.createCell(c).setCellValue(table.columns().get(c).label());
					head.getCell(c).setCellStyle(header);
					sheet.setColumnWidth(c, ((c == 0) ? 34 : 16) * 256);
				}
				int r = HEADER_ROW + 1;
				for (List<Object> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value == null) {
							continue;
						}
						Cell cell = row.createCell(c);
						if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
							CellStyle style = styles.get(table.columns().get(c).type());
							if (style != null) {
								cell.setCellStyle(style);
							}
						}
						else {
							cell.setCellValue(value.toString());
						}
					}
				}
				sheet.createFreezePane(1, HEADER_ROW + 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new IllegalStateException("The report " + report.id() + " could not be written", failed);
		}
	}

	static String describe(ReportFilter filter) {
		return "From " + filter.from() + " to " + filter.to() + ", "
				+ ((filter.stream() != null) ? "stream " + filter.stream() : "every stream");
	}

	private static CellStyle style(XSSFWorkbook workbook, short format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		return style;
	}

	/**
	 * A text value quoted; one that a spreadsheet would read as a formula gets a leading
	 * apostrophe.
	 */
	private static String quoted(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
