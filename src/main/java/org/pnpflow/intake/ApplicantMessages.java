package org.pnpflow.intake;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.certificates.Certificates;
import org.pnpflow.documents.Document;
import org.pnpflow.documents.DocumentChecks;
import org.pnpflow.documents.DocumentRepository;
import org.pnpflow.intake.InvalidRequestException.FieldProblem;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reaches a file from outside after receipt: documents, the answer to a procedural
 * fairness letter, a withdrawal, the federal permanent-residence decision. Each is
 * recorded on the file and handed to the waiting process; a file not waiting for it
 * refuses it whole.
 */
@Service
class ApplicantMessages {

	private final ApplicationFileRepository files;

	private final DocumentRepository documents;

	private final DocumentChecks documentChecks;

	private final CaseNoteRepository notes;

	private final RuntimeService runtime;

	private final ProgramClock clock;

	ApplicantMessages(ApplicationFileRepository files, DocumentRepository documents, DocumentChecks documentChecks,
			CaseNoteRepository notes, RuntimeService runtime, ProgramClock clock) {
		this.files = files;
		this.documents = documents;
		this.documentChecks = documentChecks;
		this.notes = notes;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Transactional
	int receiveDocuments(FileNumber fileNumber, List<ApplicationRequest.DocumentRequest> received, String by) {
		ApplicationFile file = find(fileNumber);
		if (!file.isOpen()) {
			throw new ConflictException("File " + fileNumber + " is " + file.getStatus().name().toLowerCase()
					+ " and accepts no more documents.");
		}
		if (received == null || received.isEmpty()) {
			throw new InvalidRequestException(
					List.of(new FieldProblem("documents", "must list at least one document")));
		}
		for (int i = 0; i < received.size(); i++) {
			ApplicationRequest.DocumentRequest d = received.get(i);
			if (d == null || d.documentType() == null || !this.documentChecks.isKnownType(d.documentType())) {
				throw new InvalidRequestException(List.of(new FieldProblem("documents[" + i + "].documentType",
						"must be a document type of the program")));
			}
			if (d.issuedOn() != null && d.expiresOn() != null && d.expiresOn().isBefore(d.issuedOn())) {
				throw new InvalidRequestException(
						List.of(new FieldProblem("documents[" + i + "].expiresOn", "cannot be before issuedOn")));
			}
		}
		for (ApplicationRequest.DocumentRequest d : received) {
			this.documents.save(new Document(file.getId(), d.documentType(), "PORTAL", this.clock.now(), d.issuedOn(),
					d.expiresOn(), d.documentNumber(), by));
		}
		if (isWaitingFor(file, ProcessVariables.MESSAGE_DOCUMENTS_RECEIVED)) {
			correlate(file, ProcessVariables.MESSAGE_DOCUMENTS_RECEIVED);
		}
		else if (!this.documentChecks.checklistOf(file).isEmpty()) {
			// the checklist was made already (intake may be confirming completeness):
			// bring it up to date
			this.documentChecks.check(file);
		}
		return received.size();
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

	private ApplicationFile find(FileNumber fileNumber) {
		return this.files.findByFileNumber(fileNumber).orElseThrow(() -> new FileNotFoundException(fileNumber.value()));
	}

	private boolean isWaitingFor(ApplicationFile file, String message) {
		List<Execution> waiting = this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(file.getFileNumber().value())
			.messageEventSubscriptionName(message)
			.list();
		return !waiting.isEmpty();
	}

	private void correlate(ApplicationFile file, String message) {
		this.runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(file.getFileNumber().value())
			.correlate();
	}

}
