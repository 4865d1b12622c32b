package org.pnpflow.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.pnpflow.security.RequestProblems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's reports for managers and analysts: as JSON for the page, each table as
 * CSV, each report as an XLSX workbook. Filters: {@code from} and {@code to} (yyyy-MM-dd,
 * both included; by default this year to today) and {@code stream}.
 */
@RestController
class ReportController {

	static final List<String> READERS = List.of(Groups.MANAGERS, Groups.ANALYSTS);

	/** A report's name; which exist is for {@link Reports} to say. */
	private static final String NAME = "{report:[a-z-]+}";

	private final Reports reports;

	private final Streams streams;

	private final ProgramClock clock;

	ReportController(Reports reports, Streams streams, ProgramClock clock) {
		this.reports = reports;
		this.streams = streams;
		this.clock = clock;
	}

	/** The streams the filter offers, by code and name. */
	record StreamOption(String code, String name) {
	}

	@GetMapping("/api/reports")
	List<StreamOption> streams(HttpServletRequest http) {
		require(http);
		return this.streams.codes().stream().map((code) -> new StreamOption(code, this.streams.nameOf(code))).toList();
	}

	@GetMapping("/api/reports/" + NAME)
	Report report(@PathVariable String report, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String stream,
			HttpServletRequest http) {
		require(http);
		return reportOf(report, filter(from, to, stream));
	}

	@GetMapping("/api/reports/" + NAME + ".xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String report, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String stream,
			HttpServletRequest http) {
		require(http);
		ReportFilter filter = filter(from, to, stream);
		return download(ReportExports.workbook(reportOf(report, filter)),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				report + "-" + filter.from() + "-" + filter.to() + ".xlsx");
	}

	@GetMapping("/api/reports/" + NAME + "/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String report, @PathVariable String table,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String stream, HttpServletRequest http) {
		require(http);
		ReportFilter filter = filter(from, to, stream);
		ReportTable found = reportOf(report, filter).table(table);
		if (found == null) {
			throw RequestProblems.notFound("The report " + report + " has no table " + table + ".");
		}
		return download(ReportExports.csv(found).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8),
				report + "-" + table + "-" + filter.from() + "-" + filter.to() + ".csv");
	}

	private Report reportOf(String name, ReportFilter filter) {
		Report report = this.reports.report(name, filter);
		if (report == null) {
			throw RequestProblems.notFound("There is no report " + name + "; there are " + Reports.NAMES + ".");
		}
		return report;
	}

	private static void require(HttpServletRequest http) {
		ApiUser.require(http, READERS, "Reports are for managers and analysts.");
	}

	private ReportFilter filter(String from, String to, String stream) {
		LocalDate today = this.clock.today();
		LocalDate end = day("to", to, today);
		LocalDate start = day("from", from, LocalDate.of(end.getYear(), 1, 1));
		if (start.isAfter(end)) {
			throw RequestProblems.invalid("from", "is after to (" + end + ")");
		}
		String code = (stream == null || stream.isBlank()) ? null : stream.strip();
		if (code != null && !this.streams.exists(code)) {
			throw RequestProblems.invalid("stream", "is not a stream of the program (" + this.streams.codes() + ")");
		}
		return new ReportFilter(start, end, code);
	}

	private static LocalDate day(String field, String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw RequestProblems.invalid(field, "is not a date (yyyy-MM-dd)");
		}
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
