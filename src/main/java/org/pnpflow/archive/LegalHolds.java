package org.pnpflow.archive;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.process.CaseMessages;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places and lifts legal holds. Placing a hold and archiving both raise the file's
 * version, so a hold placed while the file is being archived makes one of the two fail
 * and be tried again: a hold is never missed.
 */
@Service
public class LegalHolds {

	static final String LIFTED_MESSAGE = "LegalHoldLifted";

	static final String LEGAL_HOLD = "LEGAL_HOLD";

	private static final int REASON_LENGTH = 2000;

	private final LegalHoldRepository holds;

	private final ApplicationFileRepository files;

	private final ArchiveRecordRepository register;

	private final AuditTrail audit;

	private final CaseMessages messages;

	private final ProgramClock clock;

	LegalHolds(LegalHoldRepository holds, ApplicationFileRepository files, ArchiveRecordRepository register,
			AuditTrail audit, CaseMessages messages, ProgramClock clock) {
		this.holds = holds;
		this.files = files;
		this.register = register;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public LegalHold place(String fileNumber, String reason, String manager, String from) {
		String why = reason(reason);
		ApplicationFile file = lockedFile(fileNumber);
		if (this.register.findByFileNumber(fileNumber).map(ArchiveRecord::isPersonalDataRemoved).orElse(false)) {
			throw ArchiveRequestException.conflict("File " + fileNumber
					+ " is archived and its personal data removed; its package is with the archives.");
		}
		Optional<LegalHold> inForce = this.holds.findFirstByApplicationIdAndLiftedAtIsNull(file.getId());
		if (inForce.isPresent()) {
			throw ArchiveRequestException.conflict("File " + fileNumber + " is already under a legal hold placed by "
					+ inForce.get().getPlacedBy() + " on " + inForce.get().getPlacedAt() + ".");
		}
		LegalHold hold = this.holds.save(new LegalHold(file.getId(), this.clock.now(), manager, why));
		this.audit.record(manager, AuditAction.LEGAL_HOLD_PLACED, fileNumber, "Legal hold placed: " + why, from);
		return hold;
	}

	/** Lifts the hold in force; a file whose archiving waited for it is archived now. */
	@Transactional
	public LegalHold lift(String fileNumber, String reason, String manager, String from) {
		String why = reason(reason);
		ApplicationFile file = lockedFile(fileNumber);
		LegalHold hold = this.holds.findFirstByApplicationIdAndLiftedAtIsNull(file.getId())
			.orElseThrow(() -> ArchiveRequestException
				.conflict("File " + fileNumber + " has no legal hold in force to lift."));
		hold.lift(this.clock.now(), manager, why);
		this.audit.record(manager, AuditAction.LEGAL_HOLD_LIFTED, fileNumber, "Legal hold lifted: " + why, from);
		if (this.messages.isWaitingFor(fileNumber, LIFTED_MESSAGE)) {
			this.messages.correlate(fileNumber, LIFTED_MESSAGE);
		}
		return hold;
	}

	@Transactional(readOnly = true)
	public List<LegalHold> of(String fileNumber) {
		ApplicationFile file = this.files.findByFileNumber(fileNumber(fileNumber))
			.orElseThrow(() -> ArchiveRequestException.notFound("No file has the number " + fileNumber + "."));
		return this.holds.findByApplicationIdOrderByPlacedAtAscIdAsc(file.getId());
	}

	/**
	 * For an archiving step: locks the file until the step's transaction ends, and stops
	 * the step with the BPMN error {@code LEGAL_HOLD} if a hold is in force (the file
	 * then waits for {@code LegalHoldLifted}).
	 */
	void stopIfHeld(ApplicationFile file) {
		this.files.findForUpdate(file.getFileNumber());
		Optional<LegalHold> hold = this.holds.findFirstByApplicationIdAndLiftedAtIsNull(file.getId());
		if (hold.isPresent()) {
			throw new BpmnError(LEGAL_HOLD, "File " + file.getFileNumber() + " is under a legal hold placed by "
					+ hold.get().getPlacedBy() + ": " + hold.get().getReason());
		}
	}

	private ApplicationFile lockedFile(String fileNumber) {
		return this.files.findForUpdate(fileNumber(fileNumber))
			.orElseThrow(() -> ArchiveRequestException.notFound("No file has the number " + fileNumber + "."));
	}

	private static FileNumber fileNumber(String fileNumber) {
		try {
			return new FileNumber(fileNumber);
		}
		catch (IllegalArgumentException ex) {
			throw ArchiveRequestException.notFound("No file has the number " + fileNumber + ".");
		}
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw ArchiveRequestException.invalid("reason", "is required: say why, as it will be read later");
		}
		if (reason.length() > REASON_LENGTH) {
			throw ArchiveRequestException.invalid("reason", "is longer than " + REASON_LENGTH + " characters");
		}
		return reason.strip();
	}

}
