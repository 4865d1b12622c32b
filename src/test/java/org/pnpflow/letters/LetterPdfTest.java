package org.pnpflow.letters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pnpflow.process.PnpProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every letter type, in English and in French, rendered to PDF: the text PDFBox reads
 * back holds every fact its template quotes, the letterhead, and the words of its
 * language.
 */
class LetterPdfTest {

	static final PnpProperties PROPERTIES = new PnpProperties();

	static final LetterTemplates TEMPLATES = new LetterTemplates(PROPERTIES);

	static final PdfDocuments PDFS = new PdfDocuments();

	static {
		PROPERTIES.getLetterhead().setAddressLines(List.of("100 Main Street", "Capital City"));
		PROPERTIES.getLetterhead().setPhone("1-800-555-0199");
	}

	@ParameterizedTest
	@EnumSource(LetterType.class)
	void englishLetterSaysEveryFactInEnglish(LetterType type) throws IOException {
		String text = render(type, "en");
		assertThat(text).contains("Zoë Ngata", "PNP-2026-000123", "Provincial Nominee Program", "100 Main Street",
				"File");
		assertThat(text).contains(factsQuoted(type, "en"));
		assertThat(text).containsAnyOf("Dear", "Sincerely");
	}

	@ParameterizedTest
	@EnumSource(LetterType.class)
	void frenchLetterSaysEveryFactInFrench(LetterType type) throws IOException {
		String text = render(type, "fr");
		assertThat(text).contains("Zoë Ngata", "PNP-2026-000123", "Programme des candidats", "Dossier");
		assertThat(text).contains(factsQuoted(type, "fr"));
		assertThat(text).doesNotContain("Sincerely").contains("Veuillez agréer");
	}

	private static String render(LetterType type, String lang) {
		Map<String, Object> model = new HashMap<>(FACTS);
		model.put("lang", lang);
		model.put("programName", lang.equals("fr") ? PROPERTIES.getProgramNameFr() : PROPERTIES.getProgramName());
		model.put("letterhead", PROPERTIES.getLetterhead());
		LetterTemplates.Rendered rendered = TEMPLATES.render("letters/" + type + "." + lang + ".html", model,
				Locale.CANADA);
		assertThat(rendered.subject()).isNotBlank().doesNotContain("&#");
		assertThat(rendered.templateVersion()).startsWith("letters/" + type + "." + lang + ".html@built-in:");
		byte[] pdf = PDFS.toPdf(rendered.html());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		return PdfDocuments.text(pdf).replaceAll("\\s+", " ");
	}

	/**
	 * The values of the facts the template uses, so the test follows the templates as
	 * staff edit them.
	 */
	private static String[] factsQuoted(LetterType type, String lang) throws IOException {
		String source;
		try (InputStream in = LetterPdfTest.class.getResourceAsStream("/letters/" + type + "." + lang + ".html")) {
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher variable = Pattern.compile("\\$\\{(\\w+)").matcher(source);
		java.util.Set<String> values = new java.util.LinkedHashSet<>();
		while (variable.find()) {
			Object value = FACTS.get(variable.group(1));
			if (value instanceof String text) {
				values.add(text);
			}
			else if (value instanceof List<?> list) {
				list.forEach((item) -> values.add(item.toString()));
			}
		}
		return values.toArray(String[]::new);
	}

	static final Map<String, Object> FACTS = Map.ofEntries(Map.entry("applicantName", "Zoë Ngata"),
			Map.entry("fileNumber", "PNP-2026-000123"), Map.entry("streamName", "STREAM-S"),
			Map.entry("date", "DATE-D"), Map.entry("deadline", "DEADLINE-X"), Map.entry("reasons", "REASON-Y"),
			Map.entry("items", List.of("ITEM-ONE missing.", "ITEM-TWO expired.")), Map.entry("interviewWhen", "WHEN-Z"),
			Map.entry("interviewMode", "MODE-M"), Map.entry("interviewLocation", "PLACE-P"),
			Map.entry("certificateNumber", "PNP-NC-2026-000777"), Map.entry("certificateExpiry", "EXPIRY-Q"));

}
