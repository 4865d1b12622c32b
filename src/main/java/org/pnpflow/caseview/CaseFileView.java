package org.pnpflow.caseview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Everything a member of staff may see of one file, in one answer: the parts their role
 * may not see are left out (null or empty) and named in {@code withheld}.
 */
record CaseFileView(String fileNumber, Summary summary, Waiting waiting, List<OpenTask> openTasks, Parties parties,
		List<DocumentRow> documents, List<ChecklistRow> checklist, List<PaymentRow> payments, List<RefundRow> refunds,
		List<LetterRow> letters, CertificateRow certificate, List<VerificationRow> verification,
		List<InterviewRow> interviews, List<SiteVisitRow> siteVisits, List<RecommendationRow> recommendations,
		List<SignOffRow> signOffs, List<NoteRow> notes, List<TimelineEntry> timeline,
		Set<CaseFileAccess.Section> withheld, boolean mayAddNote) {

	record Summary(String stream, String streamName, String channel, String status, String stage, String priority,
			Set<String> flags, Instant receivedAt, String outcome, Instant decidedAt, Instant closedAt, String onHold) {
	}

	/**
	 * The file waits on the applicant: the step's name in the diagram, its reason
	 * ({@code waitingOnApplicant}), since when and until when.
	 */
	record Waiting(String step, String reason, Instant since, Instant until) {
	}

	record OpenTask(String taskId, String name, String queue, String assignee, Instant created, Instant due,
			int priority) {
	}

	record Parties(Person applicant, RepresentativeRow representative, EmployerRow employer) {
	}

	record Person(String familyName, String givenNames, LocalDate dateOfBirth, String countryOfCitizenship,
			String passportNumber, String email, String phone, String address, String preferredLanguage) {
	}

	record RepresentativeRow(String fullName, String organisation, String licenceNumber, String email) {
	}

	record EmployerRow(String legalName, String businessNumber, String address, String contactName, String contactPhone,
			String contactEmail) {
	}

	record DocumentRow(Long id, String documentType, String documentTypeName, String channel, Instant receivedAt,
			LocalDate issuedOn, LocalDate expiresOn, String documentNumber, String fileName, Long sizeBytes,
			String contentUrl) {
	}

	/** The checklist's verdict on one required document type. */
	record ChecklistRow(String documentType, String documentTypeName, String state, String problem, String detail,
			Instant checkedAt) {
	}

	record PaymentRow(String kind, String method, BigDecimal amount, String currency, String reference,
			Instant receivedAt, String status, String reversalReason, String recordedBy) {
	}

	record RefundRow(BigDecimal amount, String reason, String status, Instant requestedAt, String requestedBy,
			Instant decidedAt, String decidedBy) {
	}

	record LetterRow(Long id, String letterType, String language, String subject, Instant createdAt, Instant deadline,
			List<Sent> sent, String pdfUrl) {

		record Sent(String to, String role, Instant at, String status) {
		}

	}

	record CertificateRow(String certificateNumber, LocalDate issuedOn, LocalDate expiresOn, String status,
			String signedBy, String permanentResidenceOutcome, List<ExtensionRow> extensions, String pdfUrl) {
	}

	record ExtensionRow(Instant requestedAt, String reason, String decision, String decidedBy, Instant decidedAt,
			LocalDate previousExpiry, LocalDate newExpiry) {
	}

	record VerificationRow(String checkType, String result, String evidence, String checkedBy, Instant checkedAt) {
	}

	record InterviewRow(LocalDateTime scheduledFor, String mode, String location, String outcome, String notes,
			LocalDate replyDeadline, String recordedBy) {
	}

	record SiteVisitRow(LocalDate plannedOn, String plannedAddress, String plannedTeam, String plannedFocus,
			LocalDate visitedOn, String observations, String findings, String result, String recordedBy) {
	}

	record RecommendationRow(Long id, String recommendation, String reasons, boolean workPermitSupport,
			Integer pointsTotal, Integer passMark, String criteriaMet, String recommendedBy, Instant recommendedAt) {
	}

	record SignOffRow(Long recommendationId, String role, String decision, String comments, String decidedBy,
			Instant decidedAt) {
	}

	record NoteRow(Instant writtenAt, String author, String topic, String body) {
	}

	/**
	 * One event of the file's history, newest first in the view.
	 *
	 * @param kind STEP (a step of a process run for the file, from Camunda's history),
	 * NOTE, LETTER or AUDIT
	 * @param title the step's name, the note's topic, the letter's subject or the audit
	 * action
	 * @param detail the note's text or the audit entry's detail
	 * @param actor who: the task's assignee, the note's author, the audit entry's user
	 * @param state a step's state: DONE, OPEN or CANCELLED
	 * @param type the step's type in the diagram ({@code userTask}, {@code receiveTask},
	 * ...) or the letter's type
	 * @param startedAt when the step started (its entry is at its end, when it has ended)
	 * @param language the letter's language
	 * @param sent to whom the letter was emailed
	 */
	record TimelineEntry(Instant at, String kind, String title, String detail, String actor, String state, String type,
			Instant startedAt, String language, List<LetterRow.Sent> sent) {

		static TimelineEntry step(Instant at, String name, String type, Instant startedAt, String assignee,
				String state) {
			return new TimelineEntry(at, "STEP", name, null, assignee, state, type, startedAt, null, null);
		}

		static TimelineEntry note(NoteRow note) {
			return new TimelineEntry(note.writtenAt(), "NOTE", note.topic(), note.body(), note.author(), null, null,
					null, null, null);
		}

		static TimelineEntry letter(LetterRow letter) {
			return new TimelineEntry(letter.createdAt(), "LETTER", letter.subject(), null, null, null,
					letter.letterType(), null, letter.language(), letter.sent());
		}

		static TimelineEntry audit(Instant at, String action, String detail, String actor) {
			return new TimelineEntry(at, "AUDIT", action, detail, actor, null, null, null, null, null);
		}

	}

}
