package org.pnpflow.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.letters.LetterFactsProvider;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskDetailsProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The reasons and deadline quoted in procedural fairness and refusal letters, and the
 * applicant's answer shown to the officer who makes the final recommendation.
 */
@Component
class AssessmentFacts implements LetterFactsProvider, TaskDetailsProvider {

	static final String FAIRNESS_RESPONSE_TOPIC = "Procedural fairness response";

	private final Recommendations recommendations;

	private final SignOffRepository signOffs;

	private final CaseNoteRepository notes;

	private final Letters letters;

	private final PnpProperties properties;

	private final ProgramClock clock;

	AssessmentFacts(Recommendations recommendations, SignOffRepository signOffs, CaseNoteRepository notes,
			@Lazy Letters letters, PnpProperties properties, ProgramClock clock) {
		this.recommendations = recommendations;
		this.signOffs = signOffs;
		this.notes = notes;
		this.letters = letters;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void contribute(ApplicationFile file, LetterType type, Map<String, Object> facts) {
		if (type == LetterType.PROCEDURAL_FAIRNESS) {
			facts.put("reasons", reasons(file));
			Instant deadline = this.clock.now().plus(this.properties.getDeadlines().getProceduralFairness());
			facts.put("deadline", this.letters.formatDate(deadline, file.getApplicant().getPreferredLanguage()));
			facts.put("deadlineInstant", deadline.toString());
		}
		else if (type == LetterType.REFUSAL) {
			facts.put("reasons", reasons(file));
		}
	}

	/** The reasons of the latest recommendation, or of the manager who overturned it. */
	private String reasons(ApplicationFile file) {
		List<SignOff> decisions = this.signOffs.findByApplicationIdOrderByIdAsc(file.getId());
		Recommendation latest = this.recommendations.latest(file).orElse(null);
		if (!decisions.isEmpty()) {
			SignOff last = decisions.get(decisions.size() - 1);
			if ("OVERTURN".equals(last.getDecision()) && latest != null
					&& last.getRecommendationId().equals(latest.getId())) {
				return last.getComments();
			}
		}
		return latest == null ? "" : latest.getReasons();
	}

	@Override
	public Set<String> describes() {
		return Set.of(AssessEligibilityTask.FINAL);
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		Instant since = this.recommendations.latest(file).map(Recommendation::getRecommendedAt).orElse(Instant.EPOCH);
		List<CaseNote> responses = this.notes.findByApplicationIdOrderByWrittenAtAsc(file.getId())
			.stream()
			.filter((note) -> FAIRNESS_RESPONSE_TOPIC.equals(note.getTopic()) && !note.getWrittenAt().isBefore(since))
			.toList();
		StringBuilder md = new StringBuilder("#### Procedural fairness\n\n");
		if (responses.isEmpty()) {
			md.append("**No response was received by the deadline.** Decide on the information on file.\n");
		}
		else {
			responses.forEach((note) -> md.append("**Applicant's response:** ")
				.append(Markdown.text(note.getBody()))
				.append("\n\n"));
		}
		return md.toString();
	}

}
