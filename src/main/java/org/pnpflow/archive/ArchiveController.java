package org.pnpflow.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds (managers place and lift them), the archive register (managers and analysts
 * read it) and access-to-information exports (managers).
 */
@RestController
class ArchiveController {

	private static final List<String> MANAGERS = List.of(Groups.MANAGERS);

	private static final List<String> REGISTER_READERS = List.of(Groups.MANAGERS, Groups.ANALYSTS);

	private final LegalHolds holds;

	private final ArchiveRecordRepository register;

	private final AccessRequests accessRequests;

	ArchiveController(LegalHolds holds, ArchiveRecordRepository register, AccessRequests accessRequests) {
		this.holds = holds;
		this.register = register;
		this.accessRequests = accessRequests;
	}

	/** What a manager gives: why the hold is placed or lifted. */
	record Reason(String reason) {
	}

	record HoldView(Instant placedAt, String placedBy, String reason, boolean inForce, Instant liftedAt,
			String liftedBy, String liftReason) {

		static HoldView of(LegalHold hold) {
			return new HoldView(hold.getPlacedAt(), hold.getPlacedBy(), hold.getReason(), hold.isInForce(),
					hold.getLiftedAt(), hold.getLiftedBy(), hold.getLiftReason());
		}

	}

	record RegisterView(String fileNumber, String stream, String outcome, Instant receivedAt, Instant decidedAt,
			String certificateNumber, String retentionRule, Instant archivedAt, String packageName,
			String packageSha256, Long packageBytes, Integer packageFiles, Instant verifiedAt,
			Instant personalDataRemovedAt) {

		static RegisterView of(ArchiveRecord entry) {
			return new RegisterView(entry.getFileNumber(), entry.getStream(), entry.getOutcome(), entry.getReceivedAt(),
					entry.getDecidedAt(), entry.getCertificateNumber(), entry.getRetentionRule(), entry.getArchivedAt(),
					entry.getPackageName(), entry.getPackageSha256(), entry.getPackageBytes(), entry.getPackageFiles(),
					entry.getVerifiedAt(), entry.getPersonalDataRemovedAt());
		}

	}

	@GetMapping("/api/applications/{fileNumber}/legal-holds")
	List<HoldView> holds(@PathVariable String fileNumber, HttpServletRequest http) {
		ApiUser.require(http, MANAGERS, "Legal holds are for managers.");
		return this.holds.of(fileNumber).stream().map(HoldView::of).toList();
	}

	@PostMapping("/api/applications/{fileNumber}/legal-holds")
	ResponseEntity<HoldView> place(@PathVariable String fileNumber, @RequestBody(required = false) Reason body,
			HttpServletRequest http) {
		ApiUser manager = ApiUser.require(http, MANAGERS, "Only a manager places a legal hold.");
		LegalHold hold = this.holds.place(fileNumber, body == null ? null : body.reason(), manager.id(),
				http.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(HoldView.of(hold));
	}

	@PostMapping("/api/applications/{fileNumber}/legal-holds/lift")
	HoldView lift(@PathVariable String fileNumber, @RequestBody(required = false) Reason body,
			HttpServletRequest http) {
		ApiUser manager = ApiUser.require(http, MANAGERS, "Only a manager lifts a legal hold.");
		return HoldView
			.of(this.holds.lift(fileNumber, body == null ? null : body.reason(), manager.id(), http.getRemoteAddr()));
	}

	/** The register of archived files, by the day they were archived. */
	@GetMapping("/api/archive-register")
	List<RegisterView> register(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletRequest http) {
		ApiUser.require(http, REGISTER_READERS, "The archive register is for managers and analysts.");
		Instant start = day(from, "from", LocalDate.of(1900, 1, 1));
		Instant end = day(to, "to", LocalDate.of(9999, 1, 1)).plusSeconds(24 * 60 * 60);
		return this.register.findByArchivedAtBetweenOrderByArchivedAtAsc(start, end)
			.stream()
			.map(RegisterView::of)
			.toList();
	}

	/** Everything held about one applicant, as a ZIP of a BagIt package. */
	@PostMapping("/api/access-requests")
	ResponseEntity<byte[]> export(@RequestBody(required = false) AccessRequests.Request body, HttpServletRequest http) {
		ApiUser manager = ApiUser.require(http, MANAGERS, "Access-to-information exports are made by managers.");
		AccessRequests.Export export = this.accessRequests.export(
				body == null ? new AccessRequests.Request(null, null, null) : body, manager.id(), http.getRemoteAddr());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.name() + ".zip").build().toString())
			.header("X-Package-SHA256", export.sha256())
			.body(export.zip());
	}

	private static Instant day(String value, String field, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		}
		try {
			return LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ArchiveRequestException.invalid(field, "is not a date (yyyy-MM-dd)");
		}
	}

}
