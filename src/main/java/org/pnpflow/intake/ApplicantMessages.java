package org.pnpflow.intake;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.pnpflow.fees.Payment;
import org.pnpflow.fees.Payments;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.certificates.Certificates;
import org.pnpflow.certificates.Certificates;
import org.pnpflow.documents.DocumentChecks;
import org.pnpflow.documents.DocumentUploads;
import org.pnpflow.intake.InvalidRequestException.FieldProblem;
import org.pnpflow.process.CaseMessages;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reaches a file from outside after receipt: documents, the answer to a procedural
 * fairness letter or to a missed-interview notice, a withdrawal, the federal
 * permanent-residence decision. Each is recorded on the file and handed to the waiting
 * process; a file not waiting for it refuses it whole.
 */
@Service
class ApplicantMessages {

	private final ApplicationFileRepository files;

	private final DocumentUploads uploads;

	private final DocumentChecks documentChecks;

	private final CaseNoteRepository notes;

	private final Certificates certificates;

	private final RuntimeService runtime;

	private final Payments payments;

	private final CaseMessages caseMessages;

	private final ProgramClock clock;

	ApplicantMessages(Payments payments, CaseMessages caseMessages, ApplicationFileRepository files,
			DocumentUploads uploads, DocumentChecks documentChecks, CaseNoteRepository notes, Certificates certificates,
			RuntimeService runtime, ProgramClock clock) {
		this.files = files;
		this.uploads = uploads;
		this.documentChecks = documentChecks;
		this.notes = notes;
		this.certificates = certificates;
		this.runtime = runtime;
		this.payments = payments;
		this.caseMessages = caseMessages;
		this.clock = clock;
	}

	/**
	 * Attaches an uploaded document and hands it to the case: 201 when stored, 200 when
	 * the same bytes were there.
	 */
	@Transactional
	DocumentUploads.Attached receiveDocument(FileNumber fileNumber, DocumentUploads.Metadata metadata, String fileName,
			byte[] content, String by) {
		ApplicationFile file = find(fileNumber);
		if (!file.isOpen()) {
			throw new ConflictException("File " + fileNumber + " is " + file.getStatus().name().toLowerCase()
					+ " and accepts no more documents.");
		}
		DocumentUploads.Attached attached = this.uploads.attach(file, metadata, fileName, content, by);
		if (!attached.stored()) {
			return attached;
		}
		if (isWaitingFor(file, ProcessVariables.MESSAGE_DOCUMENTS_RECEIVED)) {
			correlate(file, ProcessVariables.MESSAGE_DOCUMENTS_RECEIVED);
		}
		else if (!this.documentChecks.checklistOf(file).isEmpty()) {
			// the checklist was made already (intake may be confirming completeness):
			// bring it up to date
			this.documentChecks.check(file);
		}
		return attached;
	}

	@Transactional
	void receiveFairnessResponse(FileNumber fileNumber, String response, String by) {
		ApplicationFile file = find(fileNumber);
		if (response == null || response.isBlank() || response.length() > 4000) {
			throw new InvalidRequestException(
					List.of(new FieldProblem("response", "must be between 1 and 4000 characters")));
		}
		if (!isWaitingFor(file, ProcessVariables.MESSAGE_FAIRNESS_RESPONSE_RECEIVED)) {
			throw new ConflictException("File " + fileNumber + " is not waiting for a procedural fairness response.");
		}
		this.notes
			.save(new CaseNote(file.getId(), by, this.clock.now(), "Procedural fairness response", response.trim()));
		correlate(file, ProcessVariables.MESSAGE_FAIRNESS_RESPONSE_RECEIVED);
	}

	/**
	 * The applicant's answer to a no-show notice (availability, reasons): recorded on the
	 * file, and the officer schedules the interview again.
	 */
	@Transactional
	void receiveInterviewReply(FileNumber fileNumber, String reply, String by) {
		ApplicationFile file = find(fileNumber);
		if (reply == null || reply.isBlank() || reply.length() > 4000) {
			throw new InvalidRequestException(
					List.of(new FieldProblem("reply", "must be between 1 and 4000 characters")));
		}
		if (!isWaitingFor(file, ProcessVariables.MESSAGE_INTERVIEW_REPLY_RECEIVED)) {
			throw new ConflictException("File " + fileNumber + " is not waiting for a reply about a missed interview.");
		}
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), "Interview reply", reply.trim()));
		correlate(file, ProcessVariables.MESSAGE_INTERVIEW_REPLY_RECEIVED);
	}

	/** A payment that reached the program for the file (portal, mail, counter). */
	@Transactional
	Payment receivePayment(FileNumber fileNumber, PaymentBody body, String by) {
		ApplicationFile file = find(fileNumber);
		if (!file.isOpen()) {
			throw new ConflictException("File " + fileNumber + " is " + file.getStatus().name().toLowerCase()
					+ ": a payment for it is returned, not recorded.");
		}
		return this.payments.record(file, body.method(), body.amount(), body.currency(), body.payer(), body.reference(),
				body.receivedAt(), by);
	}

	/**
	 * A payment charged back or dishonoured: it stops counting and the file goes on hold.
	 */
	@Transactional
	Payment reversePayment(FileNumber fileNumber, String reference, String reason, String by) {
		return this.payments.reverse(find(fileNumber), reference, reason, by);
	}

	record PaymentBody(String method, java.math.BigDecimal amount, String currency, String payer, String reference,
			java.time.Instant receivedAt) {
	}

	@Transactional
	void withdraw(FileNumber fileNumber, String reason, String by) {
		ApplicationFile file = find(fileNumber);
		if (reason != null && reason.length() > 2000) {
			throw new InvalidRequestException(List.of(new FieldProblem("reason", "must be at most 2000 characters")));
		}
		if (file.getOutcome() != null || !isWaitingFor(file, ProcessVariables.MESSAGE_APPLICATION_WITHDRAWN)) {
			throw new ConflictException("File " + fileNumber + " is " + file.getStatus().name().toLowerCase()
					+ ": an application can be withdrawn only before its decision.");
		}
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), "Withdrawal",
				reason == null || reason.isBlank() ? "Withdrawn at the applicant's request." : reason.trim()));
		correlate(file, ProcessVariables.MESSAGE_APPLICATION_WITHDRAWN);
	}

	@Transactional
	void recordPermanentResidence(FileNumber fileNumber, String outcome, LocalDate decidedOn, String by) {
		ApplicationFile file = find(fileNumber);
		if (outcome == null || !(outcome.equals("GRANTED") || outcome.equals("REFUSED"))) {
			throw new InvalidRequestException(List.of(new FieldProblem("outcome", "must be GRANTED or REFUSED")));
		}
		if (!isWaitingFor(file, ProcessVariables.MESSAGE_PERMANENT_RESIDENCE_DECIDED)) {
			throw new ConflictException(
					"File " + fileNumber + " has no valid nomination waiting for a federal decision.");
		}
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), "Permanent residence",
				"Federal decision " + outcome + (decidedOn == null ? "" : " on " + decidedOn)));
		this.runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PERMANENT_RESIDENCE_DECIDED)
			.processInstanceBusinessKey(file.getFileNumber().value())
			.setVariable(ProcessVariables.PERMANENT_RESIDENCE_OUTCOME, outcome)
			.correlate();
	}

	@Transactional
	void withdrawNomination(FileNumber fileNumber, String reasons, String by) {
		ApplicationFile file = find(fileNumber);
		if (reasons == null || reasons.isBlank() || reasons.length() > 4000) {
			throw new InvalidRequestException(
					List.of(new FieldProblem("reasons", "must be between 1 and 4000 characters")));
		}
		if (!isWaitingFor(file, ProcessVariables.MESSAGE_NOMINATION_WITHDRAWN)) {
			throw new ConflictException("File " + fileNumber + " has no nomination that can be withdrawn.");
		}
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), Certificates.NOMINATION_WITHDRAWN_TOPIC,
				reasons.trim()));
		correlate(file, ProcessVariables.MESSAGE_NOMINATION_WITHDRAWN);
	}

	@Transactional
	void requestCertificateExtension(FileNumber fileNumber, String reason, String by) {
		ApplicationFile file = find(fileNumber);
		if (reason == null || reason.isBlank() || reason.length() > 4000) {
			throw new InvalidRequestException(
					List.of(new FieldProblem("reason", "must be between 1 and 4000 characters")));
		}
		if (!isWaitingFor(file, ProcessVariables.MESSAGE_CERTIFICATE_EXTENSION_REQUESTED)) {
			throw new ConflictException("File " + fileNumber
					+ " has no certificate in force that can be extended now (none issued, expired, withdrawn, or a"
					+ " request is being decided).");
		}
		this.certificates.requestExtension(file, reason.trim(), by);
		correlate(file, ProcessVariables.MESSAGE_CERTIFICATE_EXTENSION_REQUESTED);
	}

	private ApplicationFile find(FileNumber fileNumber) {
		return this.files.findForUpdate(fileNumber).orElseThrow(() -> new FileNotFoundException(fileNumber.value()));
	}

	private boolean isWaitingFor(ApplicationFile file, String message) {
		return this.caseMessages.isWaitingFor(file.getFileNumber().value(), message);
	}

	private void correlate(ApplicationFile file, String message) {
		this.caseMessages.correlate(file.getFileNumber().value(), message);
	}

}
