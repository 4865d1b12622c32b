package org.pnpflow.generator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pnpflow.security.Groups;

/**
 * The user tasks of a case that goes straight to a nomination, as the demo staff work
 * them: who takes each task, and what its form submits. The generator and the benchmarks
 * drive cases with it.
 */
final class NominationPath {

	/**
	 * The user of the demo profile who works a task, their group, and the form's values.
	 */
	record Step(String user, String group, Map<String, Object> form) {
	}

	static final String SIGN_NOMINATION = "UserTask_SignNomination";

	private NominationPath() {
	}

	/**
	 * What is submitted at the task, or null for a task off the nomination path.
	 * @param today the day the task is worked (an interview is booked three days later)
	 */
	static Step step(String taskKey, LocalDate today) {
		return switch (taskKey) {
			case "UserTask_ConfirmCompleteness" ->
				new Step("intake", Groups.INTAKE, Map.of("completenessDecision", "COMPLETE"));
			case "UserTask_RecordVerificationCall" -> new Step("officer", Groups.OFFICERS,
					Map.of("callNumberDialled", "+1 306 555 0100", "callPersonReached", "Pat Morrison", "callConfirmed",
							"Offer, wage and start date confirmed.", "verificationCallResult", "CLEAR"));
			case "UserTask_ScheduleInterview" -> {
				Map<String, Object> form = new LinkedHashMap<>();
				form.put("interviewDate", today.plusDays(3).toString());
				form.put("interviewTime", "09:00");
				form.put("interviewMode", "PHONE");
				form.put("interviewLocation", "+1 306 555 0101");
				yield new Step("officer", Groups.OFFICERS, form);
			}
			case "UserTask_RecordInterviewOutcome" -> new Step("officer", Groups.OFFICERS,
					Map.of("interviewOutcome", "HELD", "interviewNotes", "Answers consistent with the file."));
			case "UserTask_AssessEligibility" -> new Step("officer", Groups.OFFICERS,
					Map.of("recommendation", "NOMINATE", "recommendationReasons",
							"Meets every criterion of the stream.", "workPermitSupportRequested", true,
							"criteriaConfirmed", true));
			case "UserTask_SignOffRecommendation" ->
				new Step("manager", Groups.MANAGERS, Map.of("signOffDecision", "APPROVE"));
			case SIGN_NOMINATION -> new Step("director", Groups.DIRECTORS, Map.of("directorDecision", "SIGN"));
			default -> null;
		};
	}

}
