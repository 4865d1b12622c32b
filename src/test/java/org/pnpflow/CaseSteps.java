package org.pnpflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The steps most cases take, done the way the portal and staff do them: submitted through
 * the API, each task completed by a user of its group with what the form submits.
 */
public final class CaseSteps {

	private final ApiClient api;

	private final CaseDriver cases;

	public CaseSteps(ApiClient api, CaseDriver cases) {
		this.api = api;
		this.cases = cases;
	}

	/** Submitted by the portal, fee and triage done, confirmed complete by intake. */
	public String receiveCompleteFile(Map<String, Object> application) throws Exception {
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		return file;
	}

	/** All the way to a signed nomination and its certificate. */
	public String nominate(Map<String, Object> application) throws Exception {
		String file = receiveCompleteFile(application);
		verifyClear(file);
		interviewHeld(file);
		recommend(file, "officer", "NOMINATE", false);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));
		return file;
	}

	public void verifyClear(String file) {
		this.cases.complete(file, "UserTask_RecordVerificationCall", "officer", call("CLEAR"));
	}

	/** What the officer's verification call form submits, with the given result. */
	public static Map<String, Object> call(String result) {
		return Map.of("callNumberDialled", "+1 416 555 0100", "callPersonReached", "Pat Morrison, HR director",
				"callConfirmed", "Confirmed the offer, wage and start date.", "verificationCallResult", result);
	}

	public void scheduleInterview(String file) {
		this.cases.complete(file, "UserTask_ScheduleInterview", "officer",
				Map.of("interviewDate", LocalDate.now().plusDays(7).toString(), "interviewTime", "10:30",
						"interviewMode", "VIDEO", "interviewLocation", "https://meet.example/pnp-interview"));
	}

	public void interviewHeld(String file) {
		scheduleInterview(file);
		this.cases.complete(file, "UserTask_RecordInterviewOutcome", "officer",
				Map.of("interviewOutcome", "HELD", "interviewNotes", "Credible, consistent with the application."));
	}

	public void recommend(String file, String officer, String recommendation, boolean workPermitSupport) {
		Map<String, Object> form = new HashMap<>();
		form.put("recommendation", recommendation);
		form.put("recommendationReasons", "Reasons given by officer: meets the stream's criteria on all points.");
		form.put("workPermitSupportRequested", workPermitSupport);
		form.put("criteriaConfirmed", "NOMINATE".equals(recommendation));
		this.cases.complete(file, "UserTask_AssessEligibility", officer, form);
	}

	public void recommendFinal(String file, String recommendation) {
		this.cases.complete(file, "UserTask_MakeFinalRecommendation", "officer",
				Map.of("recommendation", recommendation, "recommendationReasons",
						"Final reasons: the response does not address the concern.", "workPermitSupportRequested",
						false, "criteriaConfirmed", "NOMINATE".equals(recommendation)));
	}

}
