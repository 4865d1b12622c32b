package org.pnpflow.letters;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Language;
import org.pnpflow.documents.ContentStore;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Makes the letters of a file: the template of its type in the applicant's language,
 * filled with the file's facts, rendered to PDF, kept in the content store with its
 * checksum and template version, and sent by email. A letter is made once per idempotency
 * key, and sent once per recipient: a step that runs again makes and sends nothing twice.
 */
@Service
public class Letters {

	private final LetterRepository letters;

	private final List<LetterFactsProvider> factsProviders;

	private final LetterTemplates templates;

	private final PdfDocuments pdfs;

	private final ContentStore contents;

	private final LetterMail mail;

	private final PnpProperties properties;

	private final Streams streams;

	private final ProgramClock clock;

	private final ApplicationEventPublisher events;

	private final Timer making;

	Letters(LetterRepository letters, List<LetterFactsProvider> factsProviders, LetterTemplates templates,
			PdfDocuments pdfs, ContentStore contents, LetterMail mail, PnpProperties properties, Streams streams,
			ProgramClock clock, ApplicationEventPublisher events, MeterRegistry meters) {
		this.making = Timer.builder("pnp.letters.making")
			.description("Time to make a letter: its text from the template and the file's facts, its PDF, stored")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
		this.letters = letters;
		this.factsProviders = factsProviders;
		this.templates = templates;
		this.pdfs = pdfs;
		this.contents = contents;
		this.mail = mail;
		this.properties = properties;
		this.streams = streams;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Makes the letter (once per key) and emails it to whoever has not received it yet.
	 */
	public Letter send(ApplicationFile file, LetterType type, String idempotencyKey) {
		Optional<Letter> earlier = this.letters.findByIdempotencyKey(idempotencyKey);
		Letter letter = earlier.orElseGet(() -> this.making.record(() -> make(file, type, idempotencyKey)));
		this.mail.deliver(file, letter, pdfOf(letter));
		if (earlier.isEmpty()) {
			this.events.publishEvent(new LetterSent(type));
		}
		return letter;
	}

	public List<Letter> of(ApplicationFile file) {
		return this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(file.getId());
	}

	public Optional<Letter> find(ApplicationFile file, Long letterId) {
		return this.letters.findById(letterId).filter((letter) -> letter.getApplicationId().equals(file.getId()));
	}

	public byte[] pdfOf(Letter letter) {
		return this.contents.get(letter.getPdfSha256())
			.orElseThrow(() -> new IllegalStateException("The PDF of letter " + letter.getId() + " is missing"));
	}

	private Letter make(ApplicationFile file, LetterType type, String idempotencyKey) {
		Applicant applicant = file.getApplicant();
		Language language = applicant.getPreferredLanguage();
		Map<String, Object> model = new HashMap<>();
		model.put("lang", language.name().toLowerCase(Locale.ROOT));
		model.put("applicantName", applicant.getFullName());
		model.put("applicantAddress", applicant.getAddress());
		model.put("representativeName",
				file.getRepresentative() == null ? null : file.getRepresentative().getFullName());
		model.put("fileNumber", file.getFileNumber().value());
		model.put("streamName", this.streams.nameOf(file.getStream(), language));
		model.put("programName",
				language == Language.FR ? this.properties.getProgramNameFr() : this.properties.getProgramName());
		model.put("letterhead", this.properties.getLetterhead());
		model.put("date", formatDate(this.clock.now(), language));
		for (LetterFactsProvider provider : this.factsProviders) {
			provider.contribute(file, type, model);
		}
		LetterTemplates.Rendered rendered = this.templates.render(
				"letters/" + type.name() + "." + language.name().toLowerCase(Locale.ROOT) + ".html", model,
				language == Language.FR ? Locale.CANADA_FRENCH : Locale.CANADA);
		byte[] pdf = this.pdfs.toPdf(rendered.html());
		String sha256 = this.contents.put(pdf);
		String text = PdfDocuments.text(pdf);
		Instant deadline = model.get("deadlineInstant") instanceof String at ? Instant.parse(at) : null;
		return this.letters.save(new Letter(file.getId(), type, language.name(), applicant.getFullName(),
				applicant.getEmail(), this.clock.now(), deadline, idempotencyKey, rendered.subject(), text,
				rendered.templateVersion(), sha256, pdf.length));
	}

	public String formatDate(Instant instant, Language language) {
		Locale locale = language == Language.FR ? Locale.CANADA_FRENCH : Locale.CANADA;
		return DateTimeFormatter.ofPattern(language == Language.FR ? "d MMMM yyyy" : "MMMM d, yyyy", locale)
			.format(instant.atZone(this.clock.zone()));
	}

}
