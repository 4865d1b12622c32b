package org.pnpflow.revenue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.revenue.ReconciliationVariance.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reconciling a month whose figures are known in advance: February 2025, seeded straight
 * into the tables (no other test uses it), with a reversed cheque, payments not
 * deposited, an overpayment refunded, an overpayment with a refund requested for part of
 * it, files underpaid, one whose balance was asked for and one closed. Then re-running,
 * the revenue report as workbook and CSV, and the API's roles and parameters.
 *
 * <pre>
 * file stream received fee      payments (what became of them)                          net
 * J0   SW     Jan 30   1500.00  1500.00 Jan 31, deposited Feb 5                          1500.00
 * F1   SW     Feb 3    1500.00  1500.00 Feb 3, deposited Feb 5                           1500.00
 * F2   SW     Feb 10   (none)   1500.00 cheque Feb 10, deposited Feb 12, bounced Feb 14     0.00
 * F3   EN     Feb 12   3500.00  4000.00 Feb 12, deposited Feb 20; 500.00 refunded Feb 18 3500.00
 * F4   IG     Feb 17   1500.00  1600.00 Feb 17, deposited Feb 20                         1600.00
 * F5   FC     Feb 20   1500.00  1000.00 money order Feb 20, in no deposit batch          1000.00
 * F6   SW     Feb 25   1500.00  1000.00 Feb 25, batch of Feb 26 not confirmed;           1000.00
 *                               balance asked for (case note FEE_BALANCE_DUE)
 * F7   EE     Feb 26   1500.00  nothing; file closed Feb 27                                 0.00
 * F8   IG     Feb 27   1500.00  1800.00 Feb 27, deposited Feb 28; 200.00 refund requested 1600.00
 *
 * (fee "none": not recorded on the file, the fee schedule gives 1500.00)
 * expected  IG 3000 SW 4500 EE 1500 FC 1500 EN 3500 = 14000.00
 * received  IG 3400 SW 2500 EE    0 FC 1000 EN 4000 = 10900.00 (J0's was received in January)
 * deposited IG 3400 SW 4500 EE    0 FC    0 EN 4000 = 11900.00 (J0's and F2's included)
 * refunded  EN 500.00; outstanding SW 2000 (F2, F6) EE 1500 (F7) FC 500 (F5) = 4000.00
 * variances: F2 UNDERPAID 1500 and REVERSED 1500, F4 OVERPAID 100, F5 UNDERPAID 500 and
 * UNDEPOSITED 1000, F6 UNDEPOSITED 1000: unexplained; F6 UNDERPAID 500 (balance asked
 * for), F7 UNDERPAID 1500 (closed), F8 OVERPAID 100 (refund requested): explained
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReconciliationsTest {

	static final YearMonth FEBRUARY = YearMonth.of(2025, 2);

	static final String CSV = """
			Stream,Fees expected,Received,Deposited,Refunded,Outstanding,Variances,Unexplained variances\r
			International Graduate,3000.00,3400.00,3400.00,0.00,0.00,2,1\r
			Skilled Worker,4500.00,2500.00,4500.00,0.00,2000.00,4,3\r
			Express Entry Skilled Worker,1500.00,0.00,0.00,0.00,1500.00,1,0\r
			Family Connections,1500.00,1000.00,0.00,0.00,500.00,2,2\r
			Entrepreneur,3500.00,4000.00,4000.00,500.00,0.00,0,0\r
			Total,14000.00,10900.00,11900.00,500.00,4000.00,9,6\r
			""";

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	RevenueReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	Ledger ledger;

	ApiClient api;

	long f2;

	long f2Cheque;

	long f4;

	long f6;

	@BeforeEach
	void seedFebruary() {
		this.api = new ApiClient(this.mvc);
		this.ledger = new Ledger(this.jdbc, "PNP-REV2502").periods(Period.month(FEBRUARY),
				Period.day(LocalDate.of(2025, 2, 10)));
		Ledger l = this.ledger;
		long j0 = l.file("J0", "SKILLED_WORKER", "2025-01-30", "1500.00");
		long j0Paid = l.payment(j0, "CARD", "1500.00", "2025-01-31");
		long f1 = l.file("F1", "SKILLED_WORKER", "2025-02-03", "1500.00");
		long f1Paid = l.payment(f1, "CARD", "1500.00", "2025-02-03");
		l.batch("2025-02-04", "2025-02-05", j0Paid, f1Paid);

		this.f2 = l.file("F2", "SKILLED_WORKER", "2025-02-10", null);
		this.f2Cheque = l.payment(this.f2, "CERTIFIED_CHEQUE", "1500.00", "2025-02-10");
		l.batch("2025-02-11", "2025-02-12", this.f2Cheque);
		l.reverse(this.f2Cheque, "2025-02-14", "Cheque returned NSF");

		long f3 = l.file("F3", "ENTREPRENEUR", "2025-02-12", "3500.00");
		long f3Paid = l.payment(f3, "BANK_TRANSFER", "4000.00", "2025-02-12");
		long f3Refund = l.refundPayment(f3, "500.00", "2025-02-18");
		l.refund(f3, "500.00", "ISSUED", "2025-02-13", f3Refund);

		this.f4 = l.file("F4", "INTERNATIONAL_GRADUATE", "2025-02-17", "1500.00");
		long f4Paid = l.payment(this.f4, "CARD", "1600.00", "2025-02-17");
		l.batch("2025-02-19", "2025-02-20", f3Paid, f4Paid);

		long f5 = l.file("F5", "FAMILY_CONNECTIONS", "2025-02-20", "1500.00");
		l.payment(f5, "MONEY_ORDER", "1000.00", "2025-02-20");

		this.f6 = l.file("F6", "SKILLED_WORKER", "2025-02-25", "1500.00");
		long f6Paid = l.payment(this.f6, "CARD", "1000.00", "2025-02-25");
		l.batch("2025-02-26", null, f6Paid);
		l.note(this.f6, Reconciliations.FEE_BALANCE_DUE, "2025-02-26");

		l.closedFile("F7", "EXPRESS_ENTRY_SKILLED_WORKER", "2025-02-26", "1500.00", "2025-02-27");

		long f8 = l.file("F8", "INTERNATIONAL_GRADUATE", "2025-02-27", "1500.00");
		long f8Paid = l.payment(f8, "CARD", "1800.00", "2025-02-27");
		l.batch("2025-02-27", "2025-02-28", f8Paid);
		l.refund(f8, "200.00", "REQUESTED", "2025-02-28", null);
	}

	@AfterEach
	void clear() {
		this.ledger.clear();
	}

	@Test
	void februaryFiguresAreTheSumsOfTheLedger() {
		Reconciliation february = this.reconciliations.reconcile(PeriodKind.MONTH, LocalDate.of(2025, 2, 14));

		assertThat(february.getPeriodStart()).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(february.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(february.getExpected()).isEqualByComparingTo("14000.00");
		assertThat(february.getReceived()).isEqualByComparingTo("10900.00");
		assertThat(february.getDeposited()).isEqualByComparingTo("11900.00");
		assertThat(february.getRefunded()).isEqualByComparingTo("500.00");
		assertThat(february.getVarianceCount()).isEqualTo(9);
		assertThat(february.getUnexplainedCount()).isEqualTo(6);
		assertThat(february.getStatus()).isEqualTo(Reconciliation.Status.OPEN);

		Reconciliations.Statement statement = this.reconciliations.statement(Period.month(FEBRUARY));
		assertThat(statement.streams()).containsKeys("SKILLED_WORKER", "ENTREPRENEUR");
		assertThat(statement.streams().get("SKILLED_WORKER")).isEqualTo(
				new Figures(money("4500.00"), money("2500.00"), money("4500.00"), money("0.00"), money("2000.00")));
		assertThat(statement.streams().get("ENTREPRENEUR")).isEqualTo(
				new Figures(money("3500.00"), money("4000.00"), money("4000.00"), money("500.00"), money("0.00")));
		assertThat(statement.total()).isEqualTo(new Figures(money("14000.00"), money("10900.00"), money("11900.00"),
				money("500.00"), money("4000.00")));
	}

	@Test
	void eachVarianceHasItsFileKindAmountAndCauseAndKnownCausesAreExplained() {
		Reconciliation february = this.reconciliations.reconcile(Period.month(FEBRUARY));
		List<ReconciliationVariance> variances = this.reconciliations.variancesOf(february.getId());
		Map<Long, String> numbers = this.reconciliations
			.fileNumbers(variances.stream().map(ReconciliationVariance::getApplicationId).toList());

		assertThat(variances)
			.extracting((v) -> numbers.get(v.getApplicationId()), ReconciliationVariance::getStream,
					ReconciliationVariance::getKind, (v) -> v.getAmount().toPlainString(),
					ReconciliationVariance::isExplained)
			.containsExactlyInAnyOrder(tuple("PNP-REV2502-F2", "SKILLED_WORKER", Kind.UNDERPAID, "1500.00", false),
					tuple("PNP-REV2502-F4", "INTERNATIONAL_GRADUATE", Kind.OVERPAID, "100.00", false),
					tuple("PNP-REV2502-F5", "FAMILY_CONNECTIONS", Kind.UNDERPAID, "500.00", false),
					tuple("PNP-REV2502-F6", "SKILLED_WORKER", Kind.UNDERPAID, "500.00", true),
					tuple("PNP-REV2502-F7", "EXPRESS_ENTRY_SKILLED_WORKER", Kind.UNDERPAID, "1500.00", true),
					tuple("PNP-REV2502-F8", "INTERNATIONAL_GRADUATE", Kind.OVERPAID, "100.00", true),
					tuple("PNP-REV2502-F2", "SKILLED_WORKER", Kind.REVERSED, "1500.00", false),
					tuple("PNP-REV2502-F5", "FAMILY_CONNECTIONS", Kind.UNDEPOSITED, "1000.00", false),
					tuple("PNP-REV2502-F6", "SKILLED_WORKER", Kind.UNDEPOSITED, "1000.00", false));

		assertThat(variance(variances, this.f2, Kind.UNDERPAID).getCause()).isEqualTo(
				"Paid CAD 0.00 net of refunds, for the CAD 1500.00 fee in force on 2025-02-10: CAD 1500.00 short");
		assertThat(variance(variances, this.f2, Kind.REVERSED).getCause()).contains("CAD 1500.00", "CERTIFIED_CHEQUE",
				"received 2025-02-10", "reversed on 2025-02-14", "Cheque returned NSF");
		assertThat(variance(variances, this.f4, Kind.OVERPAID).getCause()).endsWith("CAD 100.00 too much");
		assertThat(variances).filteredOn((v) -> v.getKind() == Kind.UNDEPOSITED)
			.extracting(ReconciliationVariance::getCause)
			.anySatisfy((cause) -> assertThat(cause).contains("MONEY_ORDER", "received 2025-02-20",
					"not deposited after 3 day(s)", "in no deposit batch"))
			.anySatisfy((cause) -> assertThat(cause).contains("received 2025-02-25", "deposit batch PNP-REV2502-BATCH",
					"prepared 2025-02-26", "is not confirmed"));

		ReconciliationVariance balanceAsked = variance(variances, this.f6, Kind.UNDERPAID);
		assertThat(balanceAsked.getExplanation()).contains("balance of the fee was asked for");
		assertThat(balanceAsked.getExplainedBy()).isEqualTo(ReconciliationVariance.SYSTEM);
		assertThat(balanceAsked.getExplainedAt()).isNotNull();
		assertThat(variances).filteredOn((v) -> v.getStream().equals("EXPRESS_ENTRY_SKILLED_WORKER"))
			.singleElement()
			.satisfies((closed) -> assertThat(closed.getExplanation()).contains("closed", "CLOSED_INCOMPLETE"));
		assertThat(variances).filteredOn((v) -> v.getKind() == Kind.OVERPAID && v.isExplained())
			.singleElement()
			.satisfies((refunding) -> assertThat(refunding.getExplanation())
				.contains("a refund of CAD 200.00 is requested"));
	}

	@Test
	void aDayHoldsOnlyWhatHappenedThatDay() {
		Reconciliation day = this.reconciliations.reconcile(PeriodKind.DAY, LocalDate.of(2025, 2, 10));
		assertThat(day.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 2, 10));
		assertThat(day.getExpected()).isEqualByComparingTo("1500.00");
		assertThat(day.getReceived()).as("the cheque was reversed since").isEqualByComparingTo("0.00");
		assertThat(day.getDeposited()).isEqualByComparingTo("0.00");
		assertThat(day.getRefunded()).isEqualByComparingTo("0.00");
		assertThat(this.reconciliations.variancesOf(day.getId())).extracting(ReconciliationVariance::getKind)
			.as("the reversal happened on the 14th")
			.containsExactly(Kind.UNDERPAID);
	}

	@Test
	void reconcilingAgainReplacesTheFiguresButKeepsWhatPeopleExplained() {
		Reconciliation first = this.reconciliations.reconcile(Period.month(FEBRUARY));
		int explained = this.reconciliations.explain(List.of(first.getId()), "Known to finance: see ticket 42",
				"intake");
		assertThat(explained).isEqualTo(6);
		assertThat(this.reconciliations.get(first.getId()).getUnexplainedCount()).isZero();

		// the reversed cheque is replaced by a card payment of 1500.00 on March 3rd
		this.ledger.payment(this.f2, "CARD", "1500.00", "2025-03-03");
		Reconciliation again = this.reconciliations.reconcile(Period.month(FEBRUARY));

		assertThat(again.getId()).isEqualTo(first.getId());
		assertThat(again.getReceived()).as("received in February only").isEqualByComparingTo("10900.00");
		assertThat(again.getVarianceCount()).as("F2 is no longer underpaid").isEqualTo(8);
		assertThat(again.getUnexplainedCount()).isZero();
		List<ReconciliationVariance> variances = this.reconciliations.variancesOf(again.getId());
		assertThat(variances).filteredOn(ReconciliationVariance::isExplainedByPerson)
			.hasSize(5)
			.allSatisfy((variance) -> {
				assertThat(variance.getExplanation()).isEqualTo("Known to finance: see ticket 42");
				assertThat(variance.getExplainedBy()).isEqualTo("intake");
				assertThat(variance.getExplainedAt()).isNotNull();
			});
		assertThat(variance(variances, this.f2, Kind.REVERSED).getExplainedBy()).as("kept, not the system's")
			.isEqualTo("intake");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reconciliation where period_kind = 'MONTH' and period_start = ?", Integer.class,
				LocalDate.of(2025, 2, 1)))
			.isEqualTo(1);
	}

	@Test
	void aMonthTakesTheExplanationsGivenInItsDays() {
		Reconciliation day = this.reconciliations.reconcile(PeriodKind.DAY, LocalDate.of(2025, 2, 10));
		this.reconciliations.explain(List.of(day.getId()), "The applicant pays the rest at the counter", "intake");
		Reconciliation february = this.reconciliations.reconcile(Period.month(FEBRUARY));
		assertThat(
				variance(this.reconciliations.variancesOf(february.getId()), this.f2, Kind.UNDERPAID).getExplanation())
			.isEqualTo("The applicant pays the rest at the counter");
		assertThat(february.getUnexplainedCount()).isEqualTo(5);
	}

	@Test
	void revenueReportAsWorkbookAndCsv() throws Exception {
		assertThat(this.reports.csv(FEBRUARY)).isEqualTo(CSV);

		MvcResult xlsx = this.api.get("director", "/api/reports/revenue?month=2025-02&format=xlsx");
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		assertThat(xlsx.getResponse().getContentType()).isEqualTo(RevenueReportController.XLSX.toString());
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("revenue-2025-02.xlsx");
		List<String> lines = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheet("Revenue 2025-02");
			assertThat(sheet).isNotNull();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < RevenueReports.COLUMNS.length; i++) {
					var cell = row.getCell(i);
					cells.add(switch (cell.getCellType()) {
						case NUMERIC -> (i >= 6) ? String.valueOf((int) cell.getNumericCellValue())
								: BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2).toPlainString();
						default -> cell.getStringCellValue();
					});
				}
				lines.add(String.join(",", cells));
			}
		}
		assertThat(String.join("\r\n", lines) + "\r\n").isEqualTo(CSV);

		MvcResult csv = this.api.get("manager", "/api/reports/revenue?month=2025-02&format=csv");
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(CSV);
	}

	@Test
	void reconciliationApiReconcilesOnDemandAndShowsVariancesWithExplanations() throws Exception {
		assertThat(this.reconciliations.find(Period.month(FEBRUARY))).isEmpty();
		MvcResult result = this.api.get("manager", "/api/reports/reconciliation?month=2025-02");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode body = this.api.body(result);
		assertThat(body.get("period").asText()).isEqualTo("2025-02");
		assertThat(body.get("periodKind").asText()).isEqualTo("MONTH");
		assertThat(body.get("status").asText()).isEqualTo("OPEN");
		assertThat(body.get("total").get("expected").decimalValue()).isEqualByComparingTo("14000.00");
		assertThat(body.get("total").get("outstanding").decimalValue()).isEqualByComparingTo("4000.00");
		assertThat(body.get("varianceCount").asInt()).isEqualTo(9);
		assertThat(body.get("unexplainedCount").asInt()).isEqualTo(6);
		assertThat(body.get("streams")).hasSize(5);
		JsonNode skilled = body.get("streams").get(1);
		assertThat(skilled.get("stream").asText()).isEqualTo("SKILLED_WORKER");
		assertThat(skilled.get("figures").get("deposited").decimalValue()).isEqualByComparingTo("4500.00");
		assertThat(skilled.get("variances").asInt()).isEqualTo(4);
		assertThat(body.get("variances")).hasSize(9).anySatisfy((variance) -> {
			assertThat(variance.get("fileNumber").asText()).isEqualTo("PNP-REV2502-F6");
			assertThat(variance.get("kind").asText()).isEqualTo("UNDERPAID");
			assertThat(variance.get("explained").asBoolean()).isTrue();
			assertThat(variance.get("explainedBy").asText()).isEqualTo("system");
			assertThat(variance.get("explanation").asText()).contains("asked for");
		});
		assertThat(this.reconciliations.find(Period.month(FEBRUARY))).isPresent();

		JsonNode day = this.api.body(this.api.get("intake", "/api/reports/reconciliation?date=2025-02-10"));
		assertThat(day.get("periodKind").asText()).isEqualTo("DAY");
		assertThat(day.get("total").get("expected").decimalValue()).isEqualByComparingTo("1500.00");
		assertThat(day.get("variances")).singleElement()
			.satisfies((variance) -> assertThat(variance.get("fileNumber").asText()).isEqualTo("PNP-REV2502-F2"));
	}

	@Test
	void onlyManagersIntakeAndDirectorsReadTheReports() throws Exception {
		for (String user : List.of("officer", "analyst", "integrity", "portal")) {
			assertThat(this.api.get(user, "/api/reports/reconciliation?month=2025-02").getResponse().getStatus())
				.as(user)
				.isEqualTo(403);
			assertThat(this.api.get(user, "/api/reports/revenue?month=2025-02").getResponse().getStatus()).as(user)
				.isEqualTo(403);
		}
		assertThat(this.reconciliations.find(Period.month(FEBRUARY))).as("nothing reconciled for them").isEmpty();
		for (String user : List.of("manager", "intake", "director")) {
			assertThat(this.api.get(user, "/api/reports/revenue?month=2025-02&format=csv").getResponse().getStatus())
				.as(user)
				.isEqualTo(200);
		}
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() throws Exception {
		assertProblem("/api/reports/reconciliation?month=2025-13", "month");
		assertProblem("/api/reports/reconciliation?month=February", "month");
		assertProblem("/api/reports/reconciliation?date=2025-02-30", "date");
		assertProblem("/api/reports/reconciliation", "date");
		assertProblem("/api/reports/reconciliation?date=2025-02-10&month=2025-02", "month");
		assertProblem("/api/reports/revenue", "month");
		assertProblem("/api/reports/revenue?month=2025-2", "month");
		assertProblem("/api/reports/revenue?month=2025-02&format=pdf", "format");
	}

	private void assertProblem(String path, String field) throws Exception {
		MvcResult result = this.api.get("manager", path);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).as(path).isEqualTo("application/problem+json");
		JsonNode errors = this.api.body(result).get("errors");
		assertThat(errors).as(path).hasSize(1);
		assertThat(errors.get(0).get("field").asText()).as(path).isEqualTo(field);
	}

	private static ReconciliationVariance variance(List<ReconciliationVariance> variances, long file, Kind kind) {
		return variances.stream()
			.filter((v) -> v.getApplicationId() == file && v.getKind() == kind)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " variance on file " + file));
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

}
