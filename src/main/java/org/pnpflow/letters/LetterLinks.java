package org.pnpflow.letters;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskDetailsProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Links, in the forms of the tasks that need them, to the PDFs of the letters the person
 * is deciding on: the missing-information letters at completeness, the invitation at the
 * interview, the procedural fairness letter at the final recommendation and sign-off.
 */
@Component
@Order(90)
class LetterLinks implements TaskDetailsProvider {

	private static final Map<String, Set<LetterType>> LETTERS_OF_TASK = Map.of("UserTask_ConfirmCompleteness",
			Set.of(LetterType.MISSING_INFORMATION, LetterType.MISSING_INFORMATION_REMINDER),
			"UserTask_RecordInterviewOutcome", Set.of(LetterType.INTERVIEW_INVITATION, LetterType.INTERVIEW_NO_SHOW),
			"UserTask_MakeFinalRecommendation", Set.of(LetterType.PROCEDURAL_FAIRNESS),
			"UserTask_SignOffRecommendation", Set.of(LetterType.PROCEDURAL_FAIRNESS),
			"UserTask_DecideCertificateExtension",
			Set.of(LetterType.NOMINATION, LetterType.CERTIFICATE_EXTENSION, LetterType.CERTIFICATE_EXPIRY_NOTICE));

	private final LetterRepository letters;

	private final ProgramClock clock;

	LetterLinks(LetterRepository letters, ProgramClock clock) {
		this.letters = letters;
		this.clock = clock;
	}

	@Override
	public Set<String> describes() {
		return LETTERS_OF_TASK.keySet();
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		Set<LetterType> wanted = LETTERS_OF_TASK.get(taskKey);
		List<Letter> sent = this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(file.getId())
			.stream()
			.filter((letter) -> wanted.contains(letter.getLetterType()))
			.toList();
		if (sent.isEmpty()) {
			return "";
		}
		StringBuilder md = new StringBuilder("#### Letters\n\n");
		for (Letter letter : sent) {
			md.append("- [")
				.append(letter.getSubject().replaceAll("[\\[\\]()]", ""))
				.append(", ")
				.append(DateTimeFormatter.ISO_LOCAL_DATE.format(letter.getCreatedAt().atZone(this.clock.zone())))
				.append(" (PDF)](/api/applications/")
				.append(file.getFileNumber())
				.append("/letters/")
				.append(letter.getId())
				.append("/pdf)\n");
		}
		return md.toString();
	}

}
