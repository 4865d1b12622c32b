package org.pnpflow.interview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.Language;
import org.pnpflow.letters.LetterFactsProvider;
import org.pnpflow.letters.LetterType;
import org.pnpflow.process.BusinessDays;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.pnpflow.verification.VerificationCheck;
import org.pnpflow.verification.VerificationCheckRepository;
import org.pnpflow.verification.VerificationResult;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Scheduling and recording the interview every nominee has, the notice and the manager's
 * closure decision when the applicant neither comes nor answers, and the site visit where
 * triage asks for one. Interview and visit are shown to whoever assesses or signs off the
 * file.
 */
@Component
@Order(20)
class InterviewTasks implements TaskCompletionHandler, TaskDetailsProvider, LetterFactsProvider {

	static final String SCHEDULE = "UserTask_ScheduleInterview";

	static final String OUTCOME = "UserTask_RecordInterviewOutcome";

	static final String SITE_VISIT = "UserTask_RecordSiteVisit";

	static final String PLAN_SITE_VISIT = "UserTask_PlanSiteVisit";

	static final String DECIDE_CLOSURE = "UserTask_DecideClosure";

	static final String SITE_VISIT_CHECK_TYPE = "SITE_VISIT";

	private final InterviewRepository interviews;

	private final SiteVisitRepository siteVisits;

	private final CaseNoteRepository notes;

	private final VerificationCheckRepository checks;

	private final BusinessDays businessDays;

	private final PnpProperties properties;

	private final ProgramClock clock;

	InterviewTasks(InterviewRepository interviews, SiteVisitRepository siteVisits, CaseNoteRepository notes,
			VerificationCheckRepository checks, BusinessDays businessDays, PnpProperties properties,
			ProgramClock clock) {
		this.interviews = interviews;
		this.siteVisits = siteVisits;
		this.notes = notes;
		this.checks = checks;
		this.businessDays = businessDays;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(SCHEDULE, OUTCOME, PLAN_SITE_VISIT, SITE_VISIT, DECIDE_CLOSURE);
	}

	@Override
	public Set<String> describes() {
		return Set.of(OUTCOME, SITE_VISIT, DECIDE_CLOSURE, "UserTask_ScheduleInterview",
				"UserTask_ReviewIntegrityConcern", "UserTask_AssessEligibility", "UserTask_MakeFinalRecommendation",
				"UserTask_SignOffRecommendation");
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("interviewDate", "interviewTime", "interviewMode", "interviewLocation", "interviewNotes",
				"siteVisitPlannedOn", "siteVisitAddress", "siteVisitTeam", "siteVisitFocus", "siteVisitDate",
				"siteVisitObservations", "siteVisitFindings", "siteVisitResult", "closureReasons");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		StringBuilder md = new StringBuilder();
		List<Interview> all = this.interviews.findByApplicationIdOrderByIdAsc(file.getId());
		if (!all.isEmpty()) {
			md.append("#### Interview\n\n");
			for (Interview interview : all) {
				md.append("- ")
					.append(interview.getScheduledFor().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
					.append(", ")
					.append(interview.getMode())
					.append(", ")
					.append(Markdown.text(interview.getLocation()))
					.append(interview.getOutcome() == null ? ": not yet held"
							: ": **" + interview.getOutcome() + "** — " + Markdown.text(interview.getNotes()))
					.append(interview.getReplyDeadline() == null ? ""
							: " (notice sent; reply due by " + interview.getReplyDeadline() + ")")
					.append("\n");
			}
			md.append("\n");
		}
		for (SiteVisit visit : this.siteVisits.findByApplicationIdOrderByIdAsc(file.getId())) {
			if (visit.getResult() == null) {
				md.append("#### Site visit planned for ")
					.append(visit.getPlannedOn())
					.append("\n\n")
					.append(Markdown.text(visit.getPlannedAddress()))
					.append(" · ")
					.append(Markdown.text(visit.getPlannedTeam()))
					.append("\n\nLook at: ")
					.append(Markdown.text(visit.getPlannedFocus()))
					.append("\n\n");
				continue;
			}
			md.append("#### Site visit ")
				.append(visit.getVisitedOn())
				.append(": **")
				.append(visit.getResult())
				.append("**\n\nSeen: ")
				.append(Markdown.text(visit.getObservations()))
				.append("\n\n")
				.append(Markdown.text(visit.getFindings()))
				.append("\n\n");
		}
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		switch (completion.task().getTaskDefinitionKey()) {
			case SCHEDULE -> schedule(completion);
			case OUTCOME -> recordOutcome(completion);
			case PLAN_SITE_VISIT -> planSiteVisit(completion);
			case DECIDE_CLOSURE -> decideClosure(completion);
			default -> recordSiteVisit(completion);
		}
	}

	private void schedule(TaskCompletion completion) {
		LocalDate date = completion.requiredDate("interviewDate", "The interview date");
		String timeText = completion.requiredText("interviewTime", "The interview time", 5);
		LocalTime time;
		try {
			time = LocalTime.parse(timeText, DateTimeFormatter.ofPattern("HH:mm"));
		}
		catch (DateTimeParseException invalid) {
			throw new TaskInputException(
					"The interview time must be written HH:MM (24 hours), not '" + timeText + "'.");
		}
		LocalDateTime when = LocalDateTime.of(date, time);
		if (when.isBefore(LocalDateTime.ofInstant(this.clock.now(), this.clock.zone()))) {
			throw new TaskInputException("The interview cannot be scheduled in the past (" + when + ").");
		}
		Mode mode = completion.choice("interviewMode", "how the interview is held", Mode.class);
		String location = completion.requiredText("interviewLocation", "The place, phone number or video link", 300);
		this.interviews
			.save(new Interview(completion.file().getId(), when, mode.name(), location, completion.userId()));
	}

	private void recordOutcome(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Interview interview = this.interviews.findFirstByApplicationIdOrderByIdDesc(file.getId())
			.orElseThrow(() -> new TaskInputException("No interview is scheduled on this file."));
		Outcome outcome = completion.choice(ProcessVariables.INTERVIEW_OUTCOME, "whether the interview was held",
				Outcome.class);
		String notes = completion.requiredText("interviewNotes", "Interview notes", 4000);
		interview.record(outcome.name(), notes, completion.userId());
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Interview",
				outcome.summary + notes));
		if (outcome == Outcome.HELD) {
			completion.route(ProcessVariables.INTERVIEW_HELD, true);
			return;
		}
		LocalDate lastDay = this.businessDays.deadline(this.properties.getDeadlines().getInterviewReplyBusinessDays());
		interview.setReplyDeadline(lastDay);
		completion.route(ProcessVariables.INTERVIEW_REPLY_DEADLINE, Date.from(this.businessDays.endOf(lastDay)));
	}

	private void decideClosure(TaskCompletion completion) {
		ClosureDecision decision = completion.choice(ProcessVariables.CLOSURE_DECISION, "a decision",
				ClosureDecision.class);
		String reasons = completion.requiredText("closureReasons", "The reasons for the decision", 4000);
		this.notes.save(new CaseNote(completion.file().getId(), completion.userId(), this.clock.now(), "Closure",
				(decision == ClosureDecision.CLOSE ? "File closed: no interview and no reply. "
						: "Another interview offered. ") + reasons));
	}

	private void planSiteVisit(TaskCompletion completion) {
		LocalDate plannedOn = completion.requiredDate("siteVisitPlannedOn", "The planned date of the visit");
		if (plannedOn.isBefore(this.clock.today())) {
			throw new TaskInputException("A site visit is planned for today or later, not " + plannedOn + ".");
		}
		String address = completion.requiredText("siteVisitAddress", "The address to visit", 400);
		String team = completion.requiredText("siteVisitTeam", "Who goes", 300);
		String focus = completion.requiredText("siteVisitFocus", "What the visit must establish", 4000);
		this.siteVisits
			.save(new SiteVisit(completion.file().getId(), plannedOn, address, team, focus, completion.userId()));
	}

	private void recordSiteVisit(TaskCompletion completion) {
		LocalDate visitedOn = completion.requiredDate("siteVisitDate", "The date of the visit");
		if (visitedOn.isAfter(this.clock.today())) {
			throw new TaskInputException(
					"A site visit is recorded after it took place: the date " + visitedOn + " is in the future.");
		}
		List<String> observations = completion.values("siteVisitObservations");
		String findings = completion.requiredText("siteVisitFindings", "The findings", 4000);
		SiteVisitResult result = completion.choice("siteVisitResult", "the result of the visit", SiteVisitResult.class);
		ApplicationFile file = completion.file();
		List<SiteVisit> visits = this.siteVisits.findByApplicationIdOrderByIdAsc(file.getId());
		SiteVisit visit = visits.isEmpty() || visits.get(visits.size() - 1).getResult() != null
				? this.siteVisits.save(new SiteVisit(file.getId(), null, null, null, null, completion.userId()))
				: visits.get(visits.size() - 1);
		String seen = observations.isEmpty() ? "nothing ticked" : String.join(", ", observations);
		visit.record(visitedOn, seen, findings, result.name(), completion.userId(), this.clock.now());
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Site visit",
				result + ": " + findings));
		this.checks.save(new VerificationCheck(file.getId(), SITE_VISIT_CHECK_TYPE,
				result == SiteVisitResult.CONCERN ? VerificationResult.CONCERN : VerificationResult.CLEAR,
				"Visited " + visitedOn + ". Seen: " + seen + ". " + findings, completion.userId(), this.clock.now()));
	}

	@Override
	public void contribute(ApplicationFile file, LetterType type, Map<String, Object> facts) {
		if (type != LetterType.INTERVIEW_INVITATION && type != LetterType.INTERVIEW_NO_SHOW
				&& type != LetterType.CLOSED_NO_REPLY) {
			return;
		}
		this.interviews.findFirstByApplicationIdOrderByIdDesc(file.getId()).ifPresent((interview) -> {
			Language language = file.getApplicant().getPreferredLanguage();
			Locale locale = language == Language.FR ? Locale.CANADA_FRENCH : Locale.CANADA;
			if (interview.getReplyDeadline() != null) {
				facts.put("replyDeadline",
						interview.getReplyDeadline()
							.format(DateTimeFormatter
								.ofPattern(language == Language.FR ? "d MMMM yyyy" : "MMMM d, yyyy", locale)));
			}
			facts.put("interviewWhen",
					interview.getScheduledFor()
						.format(DateTimeFormatter.ofPattern(
								language == Language.FR ? "d MMMM yyyy 'à' HH 'h' mm" : "MMMM d, yyyy 'at' HH:mm",
								locale)));
			facts.put("interviewMode", Mode.valueOf(interview.getMode()).in(language));
			facts.put("interviewLocation", interview.getLocation());
		});
	}

	enum Mode {

		IN_PERSON("in person", "en personne"), PHONE("by phone", "par téléphone"), VIDEO("by video", "par vidéo");

		private final String english;

		private final String french;

		Mode(String english, String french) {
			this.english = english;
			this.french = french;
		}

		String in(Language language) {
			return language == Language.FR ? this.french : this.english;
		}

	}

	enum Outcome {

		HELD("Interview held: "), NO_SHOW("Applicant did not attend: "),
		NO_REPLY("Applicant did not answer the invitation: ");

		private final String summary;

		Outcome(String summary) {
			this.summary = summary;
		}

	}

	enum ClosureDecision {

		CLOSE, RESCHEDULE

	}

	enum SiteVisitResult {

		SATISFACTORY, CONCERN

	}

}
