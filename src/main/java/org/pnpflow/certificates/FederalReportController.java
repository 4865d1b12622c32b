package org.pnpflow.certificates;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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
 * The federal nomination report of a month, as a workbook, for intake and managers.
 */
@RestController
class FederalReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final List<String> READERS = List.of(Groups.INTAKE, Groups.MANAGERS, Groups.DIRECTORS);

	private final FederalNominationReports reports;

	FederalReportController(FederalNominationReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/reports/federal-nominations")
	ResponseEntity<?> report(@RequestParam String month, HttpServletRequest http) {
		ApiUser.require(http, READERS, "Your role may not read this report.");
		YearMonth period;
		try {
			period = YearMonth.parse(month);
		}
		catch (DateTimeParseException invalid) {
			return problem(HttpStatus.BAD_REQUEST, "month", "must be a month written yyyy-MM, e.g. 2026-11");
		}
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("federal-nominations-" + period + ".xlsx")
						.build()
						.toString())
			.body(this.reports.workbook(period));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("errors", List.of(java.util.Map.of("field", field, "message", message)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
