package org.pnpflow.revenue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reconciliation of a day or month ({@code GET /api/reports/reconciliation}) and the
 * monthly revenue report ({@code GET /api/reports/revenue}), for managers, intake and
 * directors.
 */
@RestController
class RevenueReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final List<String> READERS = List.of(Groups.MANAGERS, Groups.INTAKE, Groups.DIRECTORS);

	private static final String NOT_A_READER = "Your role may not read revenue reports (managers, intake and directors may).";

	private final RevenueReports reports;

	RevenueReportController(RevenueReports reports) {
		this.reports = reports;
	}

	/**
	 * The figures per stream and in total, and the variances with their explanations, of
	 * a day ({@code date=2026-11-22}) or a month ({@code month=2026-11}).
	 */
	@GetMapping("/api/reports/reconciliation")
	ResponseEntity<?> reconciliation(@RequestParam(required = false) String date,
			@RequestParam(required = false) String month, HttpServletRequest http) {
		ApiUser.require(http, READERS, NOT_A_READER);
		if ((date == null || date.isBlank()) == (month == null || month.isBlank())) {
			return invalid(date == null || date.isBlank() ? "date" : "month",
					"give either date=yyyy-MM-dd (a day) or month=yyyy-MM (a month), not both");
		}
		Period period;
		if (date != null && !date.isBlank()) {
			try {
				period = Period.day(LocalDate.parse(date.trim()));
			}
			catch (DateTimeParseException invalid) {
				return invalid("date", "must be a date written yyyy-MM-dd, e.g. 2026-11-22");
			}
		}
		else {
			YearMonth parsed = month(month);
			if (parsed == null) {
				return invalid("month", "must be a month written yyyy-MM, e.g. 2026-11");
			}
			period = Period.month(parsed);
		}
		return ResponseEntity.ok(this.reports.reconciliation(period));
	}

	/** The month's revenue report, as a workbook ({@code format=xlsx}) or CSV. */
	@GetMapping("/api/reports/revenue")
	ResponseEntity<?> revenue(@RequestParam(required = false) String month,
			@RequestParam(required = false, defaultValue = "xlsx") String format, HttpServletRequest http) {
		ApiUser.require(http, READERS, NOT_A_READER);
		YearMonth period = month(month);
		if (period == null) {
			return invalid("month", "must be a month written yyyy-MM, e.g. 2026-11");
		}
		String name = "revenue-" + period;
		if ("csv".equalsIgnoreCase(format)) {
			return ResponseEntity.ok()
				.contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".csv"))
				.body(this.reports.csv(period).getBytes(StandardCharsets.UTF_8));
		}
		if ("xlsx".equalsIgnoreCase(format)) {
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".xlsx"))
				.body(this.reports.workbook(period));
		}
		return invalid("format", "must be xlsx or csv");
	}

	private static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName).build().toString();
	}

	private static ResponseEntity<ProblemDetail> invalid(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has 1 invalid parameter: " + field + " " + message + ".");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
