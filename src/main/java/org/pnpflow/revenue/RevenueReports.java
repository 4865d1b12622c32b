package org.pnpflow.revenue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pnpflow.process.Streams;
import org.pnpflow.revenue.ReconciliationVariance.Kind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What finance and managers read: a period's reconciliation with its variances, and the
 * monthly revenue report (per stream and in total: fees expected, received, deposited,
 * refunded, outstanding, variances) as a workbook or CSV. A period never reconciled is
 * reconciled first.
 */
@Service
public class RevenueReports {

	static final String[] COLUMNS = { "Stream", "Fees expected", "Received", "Deposited", "Refunded", "Outstanding",
			"Variances", "Unexplained variances" };

	static final String TOTAL = "Total";

	private final Reconciliations reconciliations;

	private final Streams streams;

	RevenueReports(Reconciliations reconciliations, Streams streams) {
		this.reconciliations = reconciliations;
		this.streams = streams;
	}

	/** The period's reconciliation as the API shows it. */
	@Transactional
	public ReconciliationView reconciliation(Period period) {
		Reconciliation reconciliation = this.reconciliations.findOrReconcile(period);
		Reconciliations.Statement statement = this.reconciliations.statement(period);
		List<ReconciliationVariance> variances = this.reconciliations.variancesOf(reconciliation.getId());
		Map<Long, String> numbers = this.reconciliations
			.fileNumbers(variances.stream().map(ReconciliationVariance::getApplicationId).toList());
		Map<String, int[]> counts = counts(variances);
		List<StreamFigures> byStream = new ArrayList<>();
		statement.streams()
			.forEach((code, figures) -> byStream.add(new StreamFigures(code, this.streams.nameOf(code), figures,
					counts.getOrDefault(code, new int[2])[0], counts.getOrDefault(code, new int[2])[1])));
		List<VarianceView> views = variances.stream()
			.map((variance) -> new VarianceView(numbers.get(variance.getApplicationId()), variance.getStream(),
					variance.getKind(), variance.getAmount(), variance.getCause(), variance.isExplained(),
					variance.getExplanation(), variance.getExplainedBy(), variance.getExplainedAt()))
			.toList();
		return new ReconciliationView(reconciliation.getId(), period.kind(), period.label(), period.start(),
				period.end(), reconciliation.getStatus(), reconciliation.getReconciledAt(), byStream, statement.total(),
				reconciliation.getVarianceCount(), reconciliation.getUnexplainedCount(), views);
	}

	/** The lines of the month's revenue report: one per stream, then the total. */
	@Transactional
	public List<Line> lines(YearMonth month) {
		ReconciliationView view = reconciliation(Period.month(month));
		List<Line> lines = new ArrayList<>();
		for (StreamFigures stream : view.streams()) {
			lines.add(new Line(stream.name(), stream.figures(), stream.variances(), stream.unexplained()));
		}
		lines.add(new Line(TOTAL, view.total(), view.varianceCount(), view.unexplainedCount()));
		return lines;
	}

	/** The month's revenue report as an XLSX workbook. */
	@Transactional
	public byte[] workbook(YearMonth month) {
		List<Line> lines = lines(month);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Revenue " + month);
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
			CellStyle totalMoney = workbook.createCellStyle();
			totalMoney.cloneStyleFrom(money);
			totalMoney.setFont(bold);
			Row head = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				head.createCell(i).setCellValue(COLUMNS[i]);
				head.getCell(i).setCellStyle(header);
			}
			int r = 1;
			for (Line line : lines) {
				boolean total = TOTAL.equals(line.stream());
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.stream());
				List<BigDecimal> amounts = line.amounts();
				for (int i = 0; i < amounts.size(); i++) {
					row.createCell(1 + i).setCellValue(amounts.get(i).doubleValue());
					row.getCell(1 + i).setCellStyle(total ? totalMoney : money);
				}
				row.createCell(6).setCellValue(line.variances());
				row.createCell(7).setCellValue(line.unexplained());
				if (total) {
					row.getCell(0).setCellStyle(header);
				}
			}
			sheet.setColumnWidth(0, 32 * 256);
			for (int i = 1; i < COLUMNS.length; i++) {
				sheet.setColumnWidth(i, 16 * 256);
			}
			sheet.createFreezePane(1, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new IllegalStateException("The revenue report of " + month + " could not be written", failed);
		}
	}

	/**
	 * The month's revenue report as CSV (RFC 4180, comma, CRLF, amounts like 1500.00).
	 */
	@Transactional
	public String csv(YearMonth month) {
		StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
		for (Line line : lines(month)) {
			csv.append(quoted(line.stream()));
			for (BigDecimal amount : line.amounts()) {
				csv.append(',').append(amount.toPlainString());
			}
			csv.append(',').append(line.variances()).append(',').append(line.unexplained()).append("\r\n");
		}
		return csv.toString();
	}

	private static String quoted(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	/** Variances and unexplained ones, per stream. */
	private static Map<String, int[]> counts(List<ReconciliationVariance> variances) {
		Map<String, int[]> counts = new HashMap<>();
		for (ReconciliationVariance variance : variances) {
			int[] count = counts.computeIfAbsent(variance.getStream(), (any) -> new int[2]);
			count[0]++;
			if (!variance.isExplained()) {
				count[1]++;
			}
		}
		return counts;
	}

	/** A reconciliation: its figures per stream and in total, and its variances. */
	public record ReconciliationView(Long id, PeriodKind periodKind, String period, LocalDate start, LocalDate end,
			Reconciliation.Status status, Instant reconciledAt, List<StreamFigures> streams, Figures total,
			int varianceCount, int unexplainedCount, List<VarianceView> variances) {
	}

	public record StreamFigures(String stream, String name, Figures figures, int variances, int unexplained) {
	}

	public record VarianceView(String fileNumber, String stream, Kind kind, BigDecimal amount, String cause,
			boolean explained, String explanation, String explainedBy, Instant explainedAt) {
	}

	/** One line of the revenue report. */
	public record Line(String stream, Figures figures, int variances, int unexplained) {

		/** Expected, received, deposited, refunded, outstanding. */
		List<BigDecimal> amounts() {
			return List.of(this.figures.expected(), this.figures.received(), this.figures.deposited(),
					this.figures.refunded(), this.figures.outstanding());
		}

	}

}
