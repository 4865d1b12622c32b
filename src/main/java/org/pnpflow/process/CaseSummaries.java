package org.pnpflow.process;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.springframework.stereotype.Component;

/**
 * The head of every task form: who the applicant is, the stream, priority and flags, and
 * what was decided and said on the file before.
 */
@Component
public class CaseSummaries {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private final CaseNoteRepository notes;

	private final Streams streams;

	private final ProgramClock clock;

	CaseSummaries(CaseNoteRepository notes, Streams streams, ProgramClock clock) {
		this.notes = notes;
		this.streams = streams;
		this.clock = clock;
	}

	public String summarise(ApplicationFile file) {
		Applicant applicant = file.getApplicant();
		StringBuilder md = new StringBuilder();
		md.append("### File ").append(Markdown.text(file.getFileNumber())).append("\n\n");
		md.append("**Stream:** ")
			.append(Markdown.text(this.streams.nameOf(file.getStream())))
			.append(" · **Priority:** ")
			.append(Markdown.text(file.getPriority()))
			.append(" · **Received:** ")
			.append(DAY.format(file.getReceivedAt().atZone(this.clock.zone())))
			.append("\n\n");
		md.append("**Flags:** ")
			.append(file.getFlags().isEmpty() ? "none" : Markdown.text(String.join(", ", file.getFlags())))
			.append("\n\n");
		md.append("**Applicant:** ")
			.append(Markdown.text(applicant.getFullName()))
			.append(" · born ")
			.append(Markdown.text(applicant.getDateOfBirth()))
			.append(" · citizen of ")
			.append(Markdown.text(applicant.getCountryOfCitizenship()))
			.append(" · passport ")
			.append(Markdown.text(applicant.getPassportNumber()))
			.append(" · letters in ")
			.append(applicant.getPreferredLanguage() == org.pnpflow.casefile.Language.FR ? "French" : "English")
			.append("\n\n");
		if (file.getRepresentative() != null) {
			md.append("**Representative:** ")
				.append(Markdown.text(file.getRepresentative().getFullName()))
				.append(" (licence ")
				.append(Markdown.text(file.getRepresentative().getLicenceNumber()))
				.append(")\n\n");
		}
		if (file.getEmployer() != null) {
			md.append("**Employer:** ")
				.append(Markdown.text(file.getEmployer().getLegalName()))
				.append(" (business number ")
				.append(Markdown.text(file.getEmployer().getBusinessNumber()))
				.append(")\n\n");
		}
		List<CaseNote> history = this.notes.findByApplicationIdOrderByWrittenAtAsc(file.getId());
		if (!history.isEmpty()) {
			md.append("**Earlier on this file** (newest first)\n\n");
			for (int i = history.size() - 1; i >= 0; i--) {
				CaseNote note = history.get(i);
				md.append("- ")
					.append(DAY.format(note.getWrittenAt().atZone(this.clock.zone())))
					.append(" · **")
					.append(Markdown.text(note.getTopic()))
					.append("** by ")
					.append(Markdown.text(note.getAuthor()))
					.append(": ")
					.append(Markdown.text(note.getBody()))
					.append("\n");
			}
		}
		return md.toString();
	}

}
