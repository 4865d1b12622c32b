package org.pnpflow.reports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.ReportJson;
import org.pnpflow.generator.SyntheticCase;
import org.pnpflow.generator.SyntheticCases;
import org.pnpflow.process.ProgramClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each report against four cases of 2019 whose answers are worked out by hand below: who
 * applied, how long each step took, how long each waited on the applicant, the decisions
 * and the money. No other test writes 2019, so the figures are exact.
 */
// a database of its own: the synthetic files it writes have no process instance
@SpringBootTest(properties = "pnp.generate.prefix=RPT")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportsTest {

	static final String YEAR_2019 = "?from=2019-01-01&to=2019-12-31";

	static final Instant A = Instant.parse("2019-03-04T15:00:00Z");

	static final Instant B = Instant.parse("2019-03-10T15:00:00Z");

	static final Instant C = Instant.parse("2019-04-02T15:00:00Z");

	static final Instant D = Instant.parse("2019-04-20T15:00:00Z");

	static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

	static boolean seeded;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ProgramClock clock;

	@Autowired
	ReportProperties properties;

	ApiClient api;

	@BeforeEach
	void seed() {
		this.api = new ApiClient(this.mvc);
		this.properties.getAllocations().put(2019, Map.of("SKILLED_WORKER", 10, "INTERNATIONAL_GRADUATE", 4));
		if (seeded) {
			return;
		}
		SyntheticCases writer = new SyntheticCases(this.dataSource, this.clock.zone(), "RPT",
				Instant.parse("2000-01-01T00:00:00Z"));
		List<SyntheticCase> cases = new ArrayList<>();
		// A: complete in 2 days, assessed at 32, nominated at 40; no wait
		cases.add(new SyntheticCase("SKILLED_WORKER", "PORTAL", "IN", true, A)
			.paid(new BigDecimal("1500.00"), A.plusSeconds(3600), false)
			.visit("UserTask_ConfirmCompleteness", "Confirm completeness", A, days(A, 2))
			.reached("COMPLETENESS", days(A, 2))
			.visit("UserTask_AssessEligibility", "Assess eligibility", days(A, 26), days(A, 32))
			.reached("ASSESSMENT", days(A, 32))
			.reached("DECISION", days(A, 40))
			.concluded("NOMINATED", days(A, 40)));
		// B: waits 10 days for missing information: complete at 12 (net 2), assessed at
		// 42
		// (net 32), nominated at 50 (net 40)
		cases.add(new SyntheticCase("SKILLED_WORKER", "PAPER", "PH", false, B)
			.paid(new BigDecimal("1500.00"), B.plusSeconds(3600), false)
			.visit("UserTask_ConfirmCompleteness", "Confirm completeness", B, days(B, 1))
			.waited("MISSING_INFORMATION", days(B, 1), days(B, 11))
			.visit("UserTask_ConfirmCompleteness", "Confirm completeness", days(B, 11), days(B, 12))
			.reached("COMPLETENESS", days(B, 12))
			.visit("UserTask_AssessEligibility", "Assess eligibility", days(B, 38), days(B, 42))
			.reached("ASSESSMENT", days(B, 42))
			.reached("DECISION", days(B, 50))
			.concluded("NOMINATED", days(B, 50)));
		// C: complete at 4, assessed at 24, waits 20 days for its fairness response,
		// refused at 50 (net 30)
		cases.add(new SyntheticCase("INTERNATIONAL_GRADUATE", "PORTAL", "IN", false, C)
			.paid(new BigDecimal("1500.00"), C.plusSeconds(3600), false)
			.visit("UserTask_ConfirmCompleteness", "Confirm completeness", C, days(C, 4))
			.reached("COMPLETENESS", days(C, 4))
			.visit("UserTask_AssessEligibility", "Assess eligibility", days(C, 20), days(C, 24))
			.reached("ASSESSMENT", days(C, 24))
			.waited("PROCEDURAL_FAIRNESS", days(C, 25), days(C, 45))
			.reached("DECISION", days(C, 50))
			.concluded("REFUSED", days(C, 50)));
		// D: withdrawn after 5 days, its fee refunded; no milestone
		cases.add(new SyntheticCase("ENTREPRENEUR", "PORTAL", "NG", true, D)
			.paid(new BigDecimal("3500.00"), D.plusSeconds(3600), true)
			.concluded("WITHDRAWN", days(D, 5)));
		this.transaction.executeWithoutResult((status) -> writer.write(cases));
		writer.finish();
		seeded = true;
	}

	@AfterEach
	void forgetAllocations() {
		this.properties.getAllocations().remove(2019);
	}

	@Test
	void trendsCountWhoAppliedByMonthStreamCountryChannelAndRepresentation() throws Exception {
		JsonNode report = report("trends", YEAR_2019);
		JsonNode byMonth = ReportJson.table(report, "by-month");
		assertThat(byMonth.get("rows")).hasSize(12);
		assertThat(row(byMonth, "2019-03")).containsEntry("Skilled Worker", "2").containsEntry("Total", "2");
		assertThat(row(byMonth, "2019-04")).containsEntry("International Graduate", "1")
			.containsEntry("Entrepreneur", "1")
			.containsEntry("Total", "2");
		assertThat(row(byMonth, "2019-05")).containsEntry("Total", "0");
		assertThat(rows(ReportJson.table(report, "by-stream"))).containsExactly(List.of("Skilled Worker", "2", "50.0"),
				List.of("Entrepreneur", "1", "25.0"), List.of("International Graduate", "1", "25.0"));
		assertThat(rows(ReportJson.table(report, "by-country"))).containsExactly(List.of("India (IN)", "2", "50.0"),
				List.of("Nigeria (NG)", "1", "25.0"), List.of("Philippines (PH)", "1", "25.0"));
		assertThat(rows(ReportJson.table(report, "by-channel")))
			.containsExactly(List.of("E-filing portal", "3", "75.0"), List.of("Paper", "1", "25.0"));
		assertThat(rows(ReportJson.table(report, "by-representative"))).containsExactlyInAnyOrder(
				List.of("With a representative", "2", "50.0"), List.of("Without a representative", "2", "50.0"));

		JsonNode skilled = report("trends", YEAR_2019 + "&stream=SKILLED_WORKER");
		// equal counts in the order of their codes (PAPER, PORTAL)
		assertThat(rows(ReportJson.table(skilled, "by-channel"))).containsExactly(List.of("Paper", "1", "50.0"),
				List.of("E-filing portal", "1", "50.0"));
	}

	@Test
	void serviceTimesLeaveOutTheTimeWaitingOnTheApplicantAndShowItApart() throws Exception {
		JsonNode report = report("service-times", YEAR_2019);
		// columns: milestone, files, median, p80, p90, files that waited, their median
		// and 90th percentile wait
		assertThat(rows(ReportJson.table(report, "milestones"))).containsExactly(
				List.of("completeness", "3", "2.0", "4.0", "4.0", "1", "10.0", "10.0"),
				List.of("assessment", "3", "32.0", "32.0", "32.0", "1", "10.0", "10.0"),
				List.of("decision", "3", "40.0", "40.0", "40.0", "2", "10.0", "20.0"));
		// A and B took 2 days per visit to confirm completeness in all (B twice, one day
		// each); the order is by median, longest first
		assertThat(rows(ReportJson.table(report, "stages"))).containsExactly(
				List.of("Assess eligibility", "3", "4.0", "6.0", "6.0"),
				List.of("Confirm completeness", "4", "1.0", "4.0", "4.0"));
		// the waits that ended in 2019 (the last column, waiting now, counts today's)
		assertThat(rows(ReportJson.table(report, "waiting"))).filteredOn((row) -> !row.get(1).equals("0"))
			.extracting((row) -> row.subList(0, 5))
			.containsExactly(List.of("Missing information", "1", "10.0", "10.0", "10.0"),
					List.of("Procedural fairness response", "1", "20.0", "20.0", "20.0"));

		JsonNode graduates = report("service-times", YEAR_2019 + "&stream=INTERNATIONAL_GRADUATE");
		assertThat(rows(ReportJson.table(graduates, "milestones"))).containsExactly(
				List.of("completeness", "1", "4.0", "4.0", "4.0", "0", "", ""),
				List.of("assessment", "1", "24.0", "24.0", "24.0", "0", "", ""),
				List.of("decision", "1", "30.0", "30.0", "30.0", "1", "20.0", "20.0"));
	}

	@Test
	void decisionsCountNominationsAgainstTheAllocationAndProjectTheYear() throws Exception {
		JsonNode report = report("decisions", YEAR_2019);
		assertThat(row(ReportJson.table(report, "by-stream"), "Skilled Worker")).containsEntry("Nominated", "2")
			.containsEntry("Refused", "0")
			.containsEntry("Approval rate (%)", "100.0");
		assertThat(row(ReportJson.table(report, "by-stream"), "International Graduate")).containsEntry("Refused", "1")
			.containsEntry("Approval rate (%)", "0.0");
		assertThat(row(ReportJson.table(report, "by-stream"), "Entrepreneur")).containsEntry("Decisions", "0")
			.containsEntry("Approval rate (%)", "");
		assertThat(row(ReportJson.table(report, "by-stream"), "Total")).containsEntry("Nominated", "2")
			.containsEntry("Refused", "1")
			.containsEntry("Approval rate (%)", "66.7");
		// the whole year: the projection is what was done
		assertThat(row(ReportJson.table(report, "allocation"), "Skilled Worker")).containsEntry("Allocation", "10")
			.containsEntry("Nominated to date", "2")
			.containsEntry("Remaining", "8")
			.containsEntry("Used (%)", "20.0")
			.containsEntry("Projected at year end", "2")
			.containsEntry("Projected over (+) or under (-)", "-8");
		assertThat(row(ReportJson.table(report, "allocation"), "Family Connections")).containsEntry("Allocation", "")
			.containsEntry("Remaining", "");

		// to the end of June (181 days of 365): 2 nominations project to 2 x 365 / 181 =
		// 4
		JsonNode half = report("decisions", "?from=2019-01-01&to=2019-06-30");
		assertThat(row(ReportJson.table(half, "allocation"), "Skilled Worker"))
			.containsEntry("Projected at year end", "4")
			.containsEntry("Projected over (+) or under (-)", "-6");
		assertThat(half.get("notes").toString()).contains("181 of 365 days");
	}

	@Test
	void revenueSumsTheFeesExpectedReceivedDepositedAndRefunded() throws Exception {
		JsonNode report = report("revenue-summary", YEAR_2019);
		assertThat(row(ReportJson.table(report, "by-stream"), "Skilled Worker")).containsEntry("Expected", "3000.00")
			.containsEntry("Received", "3000.00")
			.containsEntry("Deposited", "3000.00")
			.containsEntry("Refunded", "0.00");
		assertThat(row(ReportJson.table(report, "by-stream"), "Entrepreneur")).containsEntry("Received", "3500.00")
			.containsEntry("Refunded", "3500.00")
			.containsEntry("Received less refunded", "0.00");
		assertThat(row(ReportJson.table(report, "by-stream"), "Total")).containsEntry("Expected", "8000.00")
			.containsEntry("Received less refunded", "4500.00");
	}

	@Test
	void eachTableDownloadsAsCsvAndEachReportAsAWorkbookWithTheSameFigures() throws Exception {
		for (String name : Reports.NAMES) {
			JsonNode report = report(name, YEAR_2019);
			MvcResult xlsx = this.api.get("manager", "/api/reports/" + name + ".xlsx" + YEAR_2019);
			assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
			assertThat(xlsx.getResponse().getHeader("Content-Disposition"))
				.contains(name + "-2019-01-01-2019-12-31.xlsx");
			try (XSSFWorkbook workbook = new XSSFWorkbook(
					new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
				assertThat(workbook.getNumberOfSheets()).isEqualTo(report.get("tables").size());
				for (JsonNode table : report.get("tables")) {
					String id = table.get("id").asText();
					MvcResult csv = this.api.get("analyst", "/api/reports/" + name + "/" + id + ".csv" + YEAR_2019);
					assertThat(csv.getResponse().getStatus()).as("%s/%s.csv", name, id).isEqualTo(200);
					assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
					List<List<String>> fromCsv = parseCsv(
							new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
					List<List<String>> expected = new ArrayList<>();
					expected.add(ReportJson.labels(table));
					expected.addAll(rows(table));
					assertThat(fromCsv).as("%s/%s.csv", name, id).isEqualTo(expected);

					Sheet sheet = workbook.getSheet(id);
					assertThat(sheet).as("sheet %s of %s", id, name).isNotNull();
					assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
						.isEqualTo("From 2019-01-01 to 2019-12-31, every stream");
					assertThat(sheetRows(sheet, ReportJson.labels(table).size())).as("%s/%s.xlsx", name, id)
						.isEqualTo(numbersAsNumbers(expected));
				}
			}
		}
	}

	@Test
	void badFiltersAreRefusedNamingTheFieldAndOnlyManagersAndAnalystsReadReports() throws Exception {
		assertProblem(this.api.get("manager", "/api/reports/trends?from=2019-13-01"), 400, "from");
		assertProblem(this.api.get("manager", "/api/reports/trends?to=yesterday"), 400, "to");
		assertProblem(this.api.get("manager", "/api/reports/trends?from=2019-05-01&to=2019-04-01"), 400, "from");
		assertProblem(this.api.get("manager", "/api/reports/decisions?stream=NOT_A_STREAM"), 400, "stream");
		assertProblem(this.api.get("manager", "/api/reports/trends/no-such-table.csv"), 404, null);
		assertThat(this.api.get("manager", "/api/reports/no-such-report").getResponse().getStatus()).isEqualTo(404);
		for (String user : List.of("officer", "intake", "director", "portal")) {
			assertThat(this.api.get(user, "/api/reports/trends").getResponse().getStatus()).as(user).isEqualTo(403);
		}
		assertThat(this.api.get("analyst", "/api/reports/queues").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.body(this.api.get("manager", "/api/reports")).findValuesAsText("code"))
			.contains("SKILLED_WORKER", "ENTREPRENEUR");
	}

	private JsonNode report(String name, String query) throws Exception {
		MvcResult result = this.api.get("manager", "/api/reports/" + name + query);
		assertThat(result.getResponse().getStatus()).as(name + query).isEqualTo(200);
		// amounts and days as the server wrote them: 1500.00 stays 1500.00
		return EXACT.readTree(result.getResponse().getContentAsByteArray());
	}

	private void assertProblem(MvcResult result, int status, String field) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		if (field != null) {
			assertThat(this.api.body(result).get("errors").get(0).get("field").asText()).isEqualTo(field);
		}
	}

	/** The rows as text: numbers as the API writes them, null as empty. */
	static List<List<String>> rows(JsonNode table) {
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode row : table.get("rows")) {
			List<String> values = new ArrayList<>();
			row.forEach((value) -> values
				.add(value.isNull() ? "" : value.isNumber() ? value.decimalValue().toPlainString() : value.asText()));
			rows.add(values);
		}
		return rows;
	}

	/** The row whose first value is the key, by column label. */
	static Map<String, String> row(JsonNode table, String key) {
		List<String> labels = ReportJson.labels(table);
		for (List<String> row : rows(table)) {
			if (row.get(0).equals(key)) {
				Map<String, String> byLabel = new java.util.LinkedHashMap<>();
				for (int i = 0; i < labels.size(); i++) {
					byLabel.put(labels.get(i), row.get(i));
				}
				return byLabel;
			}
		}
		throw new AssertionError("No row " + key + " in " + table.get("id"));
	}

	/** RFC 4180 as the export writes it: quoted text, bare numbers, CRLF. */
	static List<List<String>> parseCsv(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		return rows;
	}

	/**
	 * The header and data rows of a sheet as text, numbers written back as the API does.
	 */
	static List<List<String>> sheetRows(Sheet sheet, int columns) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = ReportExports.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> values = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				var cell = (row != null) ? row.getCell(c) : null;
				if (cell == null) {
					values.add("");
				}
				else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					values.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
				}
				else {
					values.add(cell.getStringCellValue());
				}
			}
			rows.add(values);
		}
		return rows;
	}

	/** Numbers written without trailing zeros, as a spreadsheet holds them. */
	static List<List<String>> numbersAsNumbers(List<List<String>> rows) {
		return rows.stream().map((row) -> row.stream().map((value) -> {
			try {
				return new BigDecimal(value).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException text) {
				return value;
			}
		}).toList()).toList();
	}

	private static Instant days(Instant from, int days) {
		return from.plus(Duration.ofDays(days));
	}

}
