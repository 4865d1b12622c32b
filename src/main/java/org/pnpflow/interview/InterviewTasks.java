package org.pnpflow.interview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
import org.pnpflow.process.Markdown;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Scheduling and recording the interview every nominee has, and the site visit where
 * triage asks for one. Interview and visit are shown to whoever assesses or signs off the
 * file.
 */
@Component
@Order(20)
class InterviewTasks implements TaskCompletionHandler, TaskDetailsProvider, LetterFactsProvider {

	static final String SCHEDULE = "UserTask_ScheduleInterview";

	static final String OUTCOME = "UserTask_RecordInterviewOutcome";

	static final String SITE_VISIT = "UserTask_RecordSiteVisit";

	private final InterviewRepository interviews;

	private final SiteVisitRepository siteVisits;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	InterviewTasks(InterviewRepository interviews, SiteVisitRepository siteVisits, CaseNoteRepository notes,
			ProgramClock clock) {
		this.interviews = interviews;
		this.siteVisits = siteVisits;
		this.notes = notes;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(SCHEDULE, OUTCOME, SITE_VISIT);
	}

	@Override
	public Set<String> describes() {
		return Set.of(OUTCOME, SITE_VISIT, "UserTask_AssessEligibility", "UserTask_MakeFinalRecommendation",
				"UserTask_SignOffRecommendation");
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("interviewDate", "interviewTime", "interviewMode", "interviewLocation", "interviewNotes",
				"siteVisitDate", "siteVisitObservations", "siteVisitFindings", "siteVisitResult");
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
					.append("\n");
			}
			md.append("\n");
		}
		for (SiteVisit visit : this.siteVisits.findByApplicationIdOrderByIdAsc(file.getId())) {
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
		Outcome outcome = completion.choice("interviewOutcome", "whether the interview was held", Outcome.class);
		String notes = completion.requiredText("interviewNotes", "Interview notes", 4000);
		interview.record(outcome.name(), notes, completion.userId());
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Interview",
				(outcome == Outcome.HELD ? "Interview held: " : "Applicant did not attend: ") + notes));
	}

	private void recordSiteVisit(TaskCompletion completion) {
		LocalDate visitedOn = completion.requiredDate("siteVisitDate", "The date of the visit");
		if (visitedOn.isAfter(this.clock.today())) {
			throw new TaskInputException(
					"A site visit is recorded after it took place: the date " + visitedOn + " is in the future.");
		}
		List<String> observations = completion.values("siteVisitObservations");
		String findings = completion.requiredText("siteVisitFindings", "The findings", 4000);
		String result = completion.choice("siteVisitResult", "the result of the visit", SiteVisitResult.class).name();
		ApplicationFile file = completion.file();
		this.siteVisits.save(new SiteVisit(file.getId(), visitedOn, String.join(", ", observations), findings, result,
				completion.userId(), this.clock.now()));
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Site visit",
				result + ": " + findings));
	}

	@Override
	public void contribute(ApplicationFile file, LetterType type, Map<String, Object> facts) {
		if (type != LetterType.INTERVIEW_INVITATION && type != LetterType.INTERVIEW_NO_SHOW) {
			return;
		}
		this.interviews.findFirstByApplicationIdOrderByIdDesc(file.getId()).ifPresent((interview) -> {
			Language language = file.getApplicant().getPreferredLanguage();
			Locale locale = language == Language.FR ? Locale.CANADA_FRENCH : Locale.CANADA;
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

		HELD, NO_SHOW

	}

	enum SiteVisitResult {

		SATISFACTORY, CONCERN

	}

}
