package org.pnpflow.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake API: the e-filing portal submits applications and what follows them; staff
 * and the portal read where a file stands.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

	private static final List<String> SUBMITTERS = List.of(Groups.PORTAL, Groups.INTAKE);

	private static final List<String> READERS = List.of(Groups.PORTAL, Groups.INTAKE, Groups.OFFICERS, Groups.INTEGRITY,
			Groups.MANAGERS, Groups.DIRECTORS, Groups.ANALYSTS, Groups.ADMINS);

	private final Intake intake;

	private final ApplicationStatuses statuses;

	private final ApplicantMessages messages;

	ApplicationController(Intake intake, ApplicationStatuses statuses, ApplicantMessages messages) {
		this.intake = intake;
		this.statuses = statuses;
		this.messages = messages;
	}

	/**
	 * Receives an application: 201 with the new file, or 200 with the file of an earlier
	 * identical submission.
	 */
	@PostMapping
	ResponseEntity<ApplicationStatus> submit(@RequestBody ApplicationRequest request, HttpServletRequest http) {
		ApiUser user = require(http, SUBMITTERS);
		Intake.Receipt receipt = this.intake.receive(request, user.id());
		ApplicationStatus status = this.statuses.of(receipt.file().getFileNumber());
		if (!receipt.created()) {
			return ResponseEntity.ok(status);
		}
		return ResponseEntity.created(URI.create("/api/applications/" + status.fileNumber())).body(status);
	}

	@GetMapping("/{fileNumber}")
	ApplicationStatus status(@PathVariable String fileNumber, HttpServletRequest http) {
		require(http, READERS);
		return this.statuses.of(new FileNumber(fileNumber));
	}

	/**
	 * Documents that arrive after receipt (metadata; the document itself follows the
	 * portal's upload).
	 */
	@PostMapping("/{fileNumber}/documents")
	ResponseEntity<Map<String, Object>> documents(@PathVariable String fileNumber,
			@RequestBody DocumentsRequest request, HttpServletRequest http) {
		ApiUser user = require(http, SUBMITTERS);
		int recorded = this.messages.receiveDocuments(new FileNumber(fileNumber),
				request == null ? null : request.documents(), user.id());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("fileNumber", fileNumber, "recorded", recorded));
	}

	@PostMapping("/{fileNumber}/fairness-response")
	ResponseEntity<Void> fairnessResponse(@PathVariable String fileNumber, @RequestBody FairnessResponse request,
			HttpServletRequest http) {
		ApiUser user = require(http, List.of(Groups.PORTAL, Groups.INTAKE, Groups.OFFICERS));
		this.messages.receiveFairnessResponse(new FileNumber(fileNumber), request == null ? null : request.response(),
				user.id());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{fileNumber}/withdrawal")
	ResponseEntity<Void> withdraw(@PathVariable String fileNumber, @RequestBody(required = false) Withdrawal request,
			HttpServletRequest http) {
		ApiUser user = require(http, SUBMITTERS);
		this.messages.withdraw(new FileNumber(fileNumber), request == null ? null : request.reason(), user.id());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{fileNumber}/permanent-residence-decision")
	ResponseEntity<Void> permanentResidence(@PathVariable String fileNumber,
			@RequestBody PermanentResidenceDecision request, HttpServletRequest http) {
		ApiUser user = require(http, List.of(Groups.INTAKE, Groups.OFFICERS));
		this.messages.recordPermanentResidence(new FileNumber(fileNumber), request == null ? null : request.outcome(),
				request == null ? null : request.decidedOn(), user.id());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{fileNumber}/nomination-withdrawal")
	ResponseEntity<Void> withdrawNomination(@PathVariable String fileNumber, @RequestBody NominationWithdrawal request,
			HttpServletRequest http) {
		ApiUser user = require(http, List.of(Groups.MANAGERS));
		this.messages.withdrawNomination(new FileNumber(fileNumber), request == null ? null : request.reasons(),
				user.id());
		return ResponseEntity.accepted().build();
	}

	private static ApiUser require(HttpServletRequest http, List<String> groups) {
		ApiUser user = ApiUser.of(http);
		if (!user.isInAny(groups)) {
			throw new ForbiddenException("Your role may not do this: it needs one of the groups " + groups + ".");
		}
		return user;
	}

	record DocumentsRequest(List<ApplicationRequest.DocumentRequest> documents) {
	}

	record FairnessResponse(String response) {
	}

	record Withdrawal(String reason) {
	}

	record PermanentResidenceDecision(String outcome, LocalDate decidedOn) {
	}

	record NominationWithdrawal(String reasons) {
	}

}
