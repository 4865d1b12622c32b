package org.pnpflow.verification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.pnpflow.assessment.Recommendation;
import org.pnpflow.assessment.Recommendations;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.Employer;
import org.pnpflow.documents.DocumentChecks;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The officer's verification call to the employer and program integrity's review of a
 * concern. Also shows the verification results wherever someone decides on the file.
 */
@Component
@Order(10)
class VerificationTasks implements TaskCompletionHandler, TaskDetailsProvider {

	static final String CALL = "UserTask_RecordVerificationCall";

	static final String INTEGRITY = "UserTask_ReviewIntegrityConcern";

	static final String CALL_CHECK_TYPE = "EMPLOYER_REFERENCE_CALL";

	static final String ANOTHER_CALL = "anotherCallNeeded";

	private final VerificationCheckRepository checks;

	private final Recommendations recommendations;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	private final DocumentChecks documentChecks;

	VerificationTasks(VerificationCheckRepository checks, Recommendations recommendations, CaseNoteRepository notes,
			DocumentChecks documentChecks, ProgramClock clock) {
		this.checks = checks;
		this.documentChecks = documentChecks;
		this.recommendations = recommendations;
		this.notes = notes;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(CALL, INTEGRITY);
	}

	@Override
	public Set<String> describes() {
		return Set.of(CALL, INTEGRITY, "UserTask_AssessEligibility", "UserTask_MakeFinalRecommendation",
				"UserTask_SignOffRecommendation");
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("callNumberDialled", "callPersonReached", "callConfirmed", "anotherCall", "integrityReasons",
				"integrityInformationRequested");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		StringBuilder md = new StringBuilder();
		if (CALL.equals(taskKey)) {
			Employer employer = file.getEmployer();
			md.append("#### Employer to call\n\n");
			if (employer != null) {
				md.append(Markdown.text(employer.getLegalName()))
					.append(" · business number ")
					.append(Markdown.text(employer.getBusinessNumber()))
					.append("\n\nContact: ")
					.append(Markdown.text(employer.getContactName()))
					.append(" · ")
					.append(Markdown.text(employer.getContactPhone()))
					.append("\n\nCall the number you find independently (public listing), not only the one on the application.\n\n");
			}
			List<VerificationCheck> calls = this.checks.findByApplicationIdOrderByIdAsc(file.getId())
				.stream()
				.filter((check) -> CALL_CHECK_TYPE.equals(check.getCheckType()))
				.toList();
			if (!calls.isEmpty()) {
				md.append("#### Calls made\n\n");
				for (VerificationCheck call : calls) {
					md.append("- ")
						.append(call.getResult())
						.append(" (")
						.append(Markdown.text(call.getCheckedBy()))
						.append("): ")
						.append(Markdown.text(call.getEvidence()))
						.append("\n");
				}
			}
			return md.toString();
		}
		md.append("#### Verification\n\n");
		for (VerificationCheck check : this.checks.findByApplicationIdOrderByIdAsc(file.getId())) {
			md.append("- **")
				.append(check.getCheckType())
				.append("**: ")
				.append(check.getResult())
				.append(" (")
				.append(Markdown.text(check.getCheckedBy()))
				.append(", ")
				.append(DateTimeFormatter.ISO_LOCAL_DATE.format(check.getCheckedAt().atZone(this.clock.zone())))
				.append("): ")
				.append(Markdown.text(check.getEvidence()))
				.append("\n");
		}
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		if (CALL.equals(completion.task().getTaskDefinitionKey())) {
			recordCall(completion);
		}
		else {
			reviewConcern(completion);
		}
	}

	private void recordCall(TaskCompletion completion) {
		String dialled = completion.requiredText("callNumberDialled", "The number dialled", 30);
		String reached = completion.requiredText("callPersonReached", "The person reached", 200);
		String confirmed = completion.requiredText("callConfirmed", "What they confirmed", 4000);
		VerificationResult result = completion.choice("verificationCallResult", "the result of the call",
				VerificationResult.class);
		this.checks.save(new VerificationCheck(completion.file().getId(), CALL_CHECK_TYPE, result,
				"Dialled " + dialled + ", reached " + reached + ": " + confirmed, completion.userId(),
				this.clock.now()));
		// each call is a check of its own; the officer records as many as the references
		// need
		completion.route(ANOTHER_CALL, completion.flag("anotherCall"));
	}

	private void reviewConcern(TaskCompletion completion) {
		IntegrityFinding finding = completion.choice(ProcessVariables.INTEGRITY_FINDING, "a finding",
				IntegrityFinding.class);
		String reasons = completion.requiredText("integrityReasons", "The reasons for the finding", 4000);
		ApplicationFile file = completion.file();
		switch (finding) {
			case MISREPRESENTATION -> {
				this.recommendations.record(file, Recommendation.Kind.REFUSE, "Misrepresentation: " + reasons, false,
						completion.userId());
				completion.route(ProcessVariables.MISREPRESENTATION_FOUND, true);
			}
			case MORE_INFORMATION -> {
				String requested = completion.requiredText("integrityInformationRequested",
						"What the applicant must send", 2000);
				this.documentChecks.request(file, requested);
				this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Program integrity",
						"More information asked for: " + requested + " Reasons: " + reasons));
			}
			case CLEARED -> {
				this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Program integrity",
						"Concern cleared: " + reasons));
				completion.route(ProcessVariables.MISREPRESENTATION_FOUND, false);
			}
		}
	}

	enum IntegrityFinding {

		CLEARED, MORE_INFORMATION, MISREPRESENTATION

	}

}
