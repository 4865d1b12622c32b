package org.pnpflow.letters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Language;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Makes the letters of a file from the templates in {@code letters/}, in the applicant's
 * language, and keeps them on the file. A letter is made once per idempotency key: a step
 * that runs again makes no second letter.
 */
@Service
public class Letters {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final LetterRepository letters;

	private final List<LetterFactsProvider> factsProviders;

	private final PnpProperties properties;

	private final Streams streams;

	private final ProgramClock clock;

	Letters(LetterRepository letters, List<LetterFactsProvider> factsProviders, PnpProperties properties,
			Streams streams, ProgramClock clock) {
		this.letters = letters;
		this.factsProviders = factsProviders;
		this.properties = properties;
		this.streams = streams;
		this.clock = clock;
	}

	public Letter send(ApplicationFile file, LetterType type, String idempotencyKey) {
		return this.letters.findByIdempotencyKey(idempotencyKey).orElseGet(() -> make(file, type, idempotencyKey));
	}

	public List<Letter> of(ApplicationFile file) {
		return this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(file.getId());
	}

	private Letter make(ApplicationFile file, LetterType type, String idempotencyKey) {
		Applicant applicant = file.getApplicant();
		Language language = applicant.getPreferredLanguage();
		Map<String, String> facts = new HashMap<>();
		facts.put("applicantName", applicant.getFullName());
		facts.put("fileNumber", file.getFileNumber().value());
		facts.put("streamName", this.streams.nameOf(file.getStream(), language));
		facts.put("programName",
				language == Language.FR ? this.properties.getProgramNameFr() : this.properties.getProgramName());
		facts.put("date", formatDate(this.clock.now(), language));
		for (LetterFactsProvider provider : this.factsProviders) {
			provider.contribute(file, type, facts);
		}
		String template = template(type, language);
		int subjectEnd = template.indexOf('\n');
		String subject = fill(template.substring(0, subjectEnd).replaceFirst("^Subject:\\s*", ""), facts, type);
		String body = fill(template.substring(subjectEnd).trim(), facts, type);
		Instant deadline = facts.containsKey("deadlineInstant") ? Instant.parse(facts.get("deadlineInstant")) : null;
		return this.letters.save(new Letter(file.getId(), type, language.name(), applicant.getFullName(),
				applicant.getEmail(), this.clock.now(), deadline, idempotencyKey, subject, body));
	}

	public String formatDate(Instant instant, Language language) {
		Locale locale = language == Language.FR ? Locale.CANADA_FRENCH : Locale.CANADA;
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(instant.atZone(this.clock.zone()));
	}

	private static String fill(String text, Map<String, String> facts, LetterType type) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = facts.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(
						"Letter " + type + " needs {" + matcher.group(1) + "} but nothing on the file provides it");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String template(LetterType type, Language language) {
		String path = "letters/" + type.name() + "." + language.name().toLowerCase(Locale.ROOT) + ".txt";
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException missing) {
			throw new IllegalStateException("No letter template " + path, missing);
		}
	}

}
