package org.pnpflow.publicstatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant-facing status check, the same for the API and the page: limits the
 * client, checks the request, finds the file by file number and date of birth, answers
 * where it stands, and records each answer in the audit trail.
 */
@Service
class PublicStatuses {

	/** The audit trail's actor for what the public is told. */
	static final String ACTOR = "public";

	/** {@code <PREFIX>-<YEAR>-<6 digits>}, whatever the prefix. */
	private static final Pattern FILE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,30}-\\d{4}-\\d{6}");

	private final PublicStatusFiles files;

	private final StatusReader reader;

	private final StatusCheckLimiter limiter;

	private final AuditTrail audit;

	private final ProgramClock clock;

	PublicStatuses(PublicStatusFiles files, StatusReader reader, StatusCheckLimiter limiter, AuditTrail audit,
			ProgramClock clock) {
		this.files = files;
		this.reader = reader;
		this.limiter = limiter;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Answers a check from the client address through the channel ("API", "page"), or
	 * throws {@link StatusCheckRefusedException}.
	 */
	@Transactional
	public PublicStatus check(String fileNumber, String dateOfBirth, String remoteAddress, String channel) {
		this.limiter.admit(remoteAddress).ifPresent((wait) -> {
			throw StatusCheckRefusedException.tooMany(wait);
		});
		String number = fileNumber == null ? "" : fileNumber.trim();
		LocalDate born = validate(number, dateOfBirth);
		this.limiter.lockedFor(number).ifPresent((wait) -> {
			throw StatusCheckRefusedException.tooMany(wait);
		});
		Optional<PublicStatus> found = this.files.findByFileNumberAndDateOfBirth(number, born).map(this.reader::of);
		if (found.isEmpty()) {
			this.limiter.failed(number);
			throw StatusCheckRefusedException.notFound();
		}
		PublicStatus status = found.get();
		this.audit.record(ACTOR, AuditAction.PUBLIC_STATUS_CHECK, status.fileNumber(), "Status check answered ("
				+ channel + "): " + status.status() + (status.decision() == null ? "" : " " + status.decision()),
				remoteAddress);
		return status;
	}

	private LocalDate validate(String fileNumber, String dateOfBirth) {
		List<StatusCheckRefusedException.FieldProblem> problems = new ArrayList<>();
		if (fileNumber.isEmpty()) {
			problems.add(new StatusCheckRefusedException.FieldProblem("fileNumber", "is required", "est obligatoire"));
		}
		else if (!FILE_NUMBER.matcher(fileNumber).matches()) {
			problems.add(new StatusCheckRefusedException.FieldProblem("fileNumber",
					"is not a file number like PNP-2026-000123",
					"n'est pas un numéro de dossier comme PNP-2026-000123"));
		}
		LocalDate born = null;
		if (dateOfBirth == null || dateOfBirth.isBlank()) {
			problems.add(new StatusCheckRefusedException.FieldProblem("dateOfBirth", "is required", "est obligatoire"));
		}
		else {
			try {
				born = LocalDate.parse(dateOfBirth.trim());
				if (born.isAfter(this.clock.today())) {
					problems.add(new StatusCheckRefusedException.FieldProblem("dateOfBirth", "cannot be in the future",
							"ne peut pas être dans le futur"));
				}
			}
			catch (DateTimeParseException invalid) {
				problems.add(new StatusCheckRefusedException.FieldProblem("dateOfBirth",
						"is not a date like 1990-05-31 (yyyy-MM-dd)",
						"n'est pas une date comme 1990-05-31 (aaaa-mm-jj)"));
			}
		}
		if (!problems.isEmpty()) {
			throw StatusCheckRefusedException.invalid(problems);
		}
		return born;
	}

}
