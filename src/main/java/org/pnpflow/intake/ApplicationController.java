package org.pnpflow.intake;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.caseview.CaseFileAccess;
import org.pnpflow.documents.DocumentUploads;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

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

	private static final List<String> DOCUMENT_READERS = List.of(Groups.INTAKE, Groups.OFFICERS, Groups.INTEGRITY,
			Groups.MANAGERS, Groups.DIRECTORS);

	private final Intake intake;

	private final ApplicationStatuses statuses;

	private final ApplicantMessages messages;

	private final ApplicationDocuments documents;

	private final CaseFileAccess access;

	ApplicationController(Intake intake, ApplicationStatuses statuses, ApplicantMessages messages,
			ApplicationDocuments documents, CaseFileAccess access) {
		this.access = access;
		this.intake = intake;
		this.statuses = statuses;
		this.messages = messages;
		this.documents = documents;
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
		status = user.isInAny(Groups.STAFF) ? status : status.forApplicant();
		if (!receipt.created()) {
			return ResponseEntity.ok(status);
		}
		return ResponseEntity.created(URI.create("/api/applications/" + status.fileNumber())).body(status);
	}

	@GetMapping("/{fileNumber}")
	ApplicationStatus status(@PathVariable String fileNumber, HttpServletRequest http) {
		ApiUser user = require(http, READERS);
		ApplicationStatus status = this.statuses.of(new FileNumber(fileNumber));
		return user.isInAny(Groups.STAFF) ? status : status.forApplicant();
	}

	/**
	 * Uploads a document to the file (multipart: the file and what it is). 201 when
	 * stored, 200 when the same bytes are already on the file.
	 */
	@PostMapping(path = "/{fileNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentView> upload(@PathVariable String fileNumber, @RequestPart("file") MultipartFile file,
			@RequestParam String documentType, @RequestParam(required = false) String issuedOn,
			@RequestParam(required = false) String expiresOn, @RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) String holderFamilyName,
			@RequestParam(required = false) String holderGivenNames,
			@RequestParam(required = false) String holderDateOfBirth, HttpServletRequest http) throws IOException {
		ApiUser user = require(http, SUBMITTERS);
		DocumentUploads.Metadata metadata = new DocumentUploads.Metadata(documentType, date("issuedOn", issuedOn),
				date("expiresOn", expiresOn), blankToNull(documentNumber), holderFamilyName, holderGivenNames,
				date("holderDateOfBirth", holderDateOfBirth));
		DocumentUploads.Attached attached = this.messages.receiveDocument(new FileNumber(fileNumber), metadata,
				file.getOriginalFilename(), file.getBytes(), user.id());
		DocumentView view = DocumentView.of(fileNumber, attached.document());
		return attached.stored() ? ResponseEntity.created(URI.create(view.contentUrl())).body(view)
				: ResponseEntity.ok(view);
	}

	/** The documents on a file, without their content. */
	@GetMapping("/{fileNumber}/documents")
	List<DocumentView> documents(@PathVariable String fileNumber, HttpServletRequest http) {
		requireWorksOn(http, DOCUMENT_READERS, fileNumber);
		return this.documents.list(new FileNumber(fileNumber))
			.stream()
			.map((document) -> DocumentView.of(fileNumber, document))
			.toList();
	}

	/** A document's content, always as an attachment with the type judged at upload. */
	@GetMapping("/{fileNumber}/documents/{documentId}/content")
	ResponseEntity<byte[]> content(@PathVariable String fileNumber, @PathVariable Long documentId,
			HttpServletRequest http) {
		requireWorksOn(http, DOCUMENT_READERS, fileNumber);
		ApplicationDocuments.Content content = this.documents.content(new FileNumber(fileNumber), documentId);
		return attachment(content);
	}

	@PostMapping("/{fileNumber}/fairness-response")
	ResponseEntity<Void> fairnessResponse(@PathVariable String fileNumber, @RequestBody FairnessResponse request,
			HttpServletRequest http) {
		ApiUser user = require(http, List.of(Groups.PORTAL, Groups.INTAKE, Groups.OFFICERS));
		this.messages.receiveFairnessResponse(new FileNumber(fileNumber), request == null ? null : request.response(),
				user.id());
		return ResponseEntity.accepted().build();
	}

	/**
	 * Records a payment for the file: 201 with what was recorded; 400 naming the field at
	 * fault, 409 for a reference already recorded, and then nothing is written.
	 */
	@PostMapping("/{fileNumber}/payments")
	ResponseEntity<PaymentView> pay(@PathVariable String fileNumber, @RequestBody ApplicantMessages.PaymentBody body,
			HttpServletRequest http) {
		ApiUser user = require(http, SUBMITTERS);
		if (body == null) {
			throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("body", "is required")));
		}
		PaymentView view = PaymentView.of(this.messages.receivePayment(new FileNumber(fileNumber), body, user.id()));
		return ResponseEntity.created(URI.create("/api/applications/" + fileNumber + "/payments")).body(view);
	}

	/** The payments and refunds of a file. */
	@GetMapping("/{fileNumber}/payments")
	List<PaymentView> payments(@PathVariable String fileNumber, HttpServletRequest http) {
		requireWorksOn(http, List.of(Groups.INTAKE, Groups.MANAGERS, Groups.DIRECTORS), fileNumber);
		return this.documents.payments(new FileNumber(fileNumber)).stream().map(PaymentView::of).toList();
	}

	/** A payment charged back (card) or dishonoured (cheque, money order). */
	@PostMapping("/{fileNumber}/payments/{reference}/reversal")
	ResponseEntity<PaymentView> reversePayment(@PathVariable String fileNumber, @PathVariable String reference,
			@RequestBody(required = false) Reversal body, HttpServletRequest http) {
		ApiUser user = require(http, List.of(Groups.INTAKE, Groups.MANAGERS));
		return ResponseEntity.accepted()
			.body(PaymentView.of(this.messages.reversePayment(new FileNumber(fileNumber), reference,
					body == null ? null : body.reason(), user.id())));
	}

	record Reversal(String reason) {
	}

	/** A payment or an issued refund, as the API shows it. */
	record PaymentView(String kind, String method, java.math.BigDecimal amount, String currency, String reference,
			java.time.Instant receivedAt, String status, String reversalReason) {

		static PaymentView of(org.pnpflow.fees.Payment payment) {
			return new PaymentView(payment.getKind().name(), payment.getMethod().name(), payment.getAmount(),
					payment.getCurrency(), payment.getReference(), payment.getReceivedAt(), payment.getStatus().name(),
					payment.getReversalReason());
		}

	}

	/**
	 * The applicant answers a missed-interview notice (through the portal, or staff
	 * record an answer that came by phone or mail).
	 */
	@PostMapping("/{fileNumber}/interview-reply")
	ResponseEntity<Void> interviewReply(@PathVariable String fileNumber, @RequestBody InterviewReply request,
			HttpServletRequest http) {
		ApiUser user = require(http, List.of(Groups.PORTAL, Groups.INTAKE, Groups.OFFICERS));
		this.messages.receiveInterviewReply(new FileNumber(fileNumber), request == null ? null : request.reply(),
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

	@PostMapping("/{fileNumber}/certificate-extension")
	ResponseEntity<Void> requestExtension(@PathVariable String fileNumber, @RequestBody ExtensionRequest request,
			HttpServletRequest http) {
		ApiUser user = require(http, SUBMITTERS);
		this.messages.requestCertificateExtension(new FileNumber(fileNumber), request == null ? null : request.reason(),
				user.id());
		return ResponseEntity.accepted().build();
	}

	/** The letters made for a file. */
	@GetMapping("/{fileNumber}/letters")
	List<LetterView> letters(@PathVariable String fileNumber, HttpServletRequest http) {
		requireWorksOn(http, DOCUMENT_READERS, fileNumber);
		return this.documents.letters(new FileNumber(fileNumber));
	}

	@GetMapping("/{fileNumber}/letters/{letterId}/pdf")
	ResponseEntity<byte[]> letterPdf(@PathVariable String fileNumber, @PathVariable Long letterId,
			HttpServletRequest http) {
		requireWorksOn(http, DOCUMENT_READERS, fileNumber);
		return attachment(this.documents.letterPdf(new FileNumber(fileNumber), letterId));
	}

	@GetMapping("/{fileNumber}/certificate/pdf")
	ResponseEntity<byte[]> certificatePdf(@PathVariable String fileNumber, HttpServletRequest http) {
		requireWorksOn(http, DOCUMENT_READERS, fileNumber);
		return attachment(this.documents.certificatePdf(new FileNumber(fileNumber)));
	}

	private static ResponseEntity<byte[]> attachment(ApplicationDocuments.Content content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(content.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			// opened directly, a document runs nothing and loads nothing
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			// personal documents stay out of browser and proxy caches
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content.bytes());
	}

	/**
	 * An attachment under the file's name: as it is when it is plain ASCII, otherwise
	 * also as UTF-8 ({@code filename*}, RFC 6266) for the browsers that read it.
	 */
	private static String disposition(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "document" : fileName;
		ContentDisposition.Builder attachment = ContentDisposition.attachment();
		boolean ascii = name.chars().allMatch((c) -> c >= 0x20 && c < 0x7F);
		return (ascii ? attachment.filename(name) : attachment.filename(name, StandardCharsets.UTF_8)).build()
			.toString();
	}

	@PostMapping("/{fileNumber}/nomination-withdrawal")
	ResponseEntity<Void> withdrawNomination(@PathVariable String fileNumber, @RequestBody NominationWithdrawal request,
			HttpServletRequest http) {
		ApiUser user = require(http, List.of(Groups.MANAGERS));
		this.messages.withdrawNomination(new FileNumber(fileNumber), request == null ? null : request.reasons(),
				user.id());
		return ResponseEntity.accepted().build();
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidRequestException(
					List.of(new InvalidRequestException.FieldProblem(field, "must be a date written yyyy-MM-dd")));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static ApiUser require(HttpServletRequest http, List<String> groups) {
		return ApiUser.require(http, groups, "Your role may not do this: it needs one of the groups " + groups + ".");
	}

	/**
	 * One of the groups, and for officers, integrity and directors a file their queue has
	 * worked, as for the file's case view.
	 */
	private void requireWorksOn(HttpServletRequest http, List<String> groups, String fileNumber) {
		this.access.requireWorksOn(require(http, groups), new FileNumber(fileNumber));
	}

	record FairnessResponse(String response) {
	}

	record Withdrawal(String reason) {
	}

	record InterviewReply(String reply) {
	}

	record PermanentResidenceDecision(String outcome, LocalDate decidedOn) {
	}

	record NominationWithdrawal(String reasons) {
	}

	record ExtensionRequest(String reason) {
	}

}
