package org.pnpflow.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.Language;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Checks the documents on a file against its stream's checklist (the
 * {@code DocumentChecklist} decision table) and against what the applicant declared:
 * missing, expired, expiring too soon, too old, not the applicant's (name, date of birth,
 * passport number), or a passport already on another open file. The result replaces the
 * file's checklist; each problem carries a code and a sentence the applicant understands,
 * in English or French.
 */
@Service
public class DocumentChecks {

	/** Added to a file whose passport number is on another open file. */
	public static final String PROGRAM_INTEGRITY_FLAG = "PROGRAM_INTEGRITY";

	private final DecisionService decisions;

	private final DocumentRepository documents;

	private final ChecklistItemRepository checklist;

	private final ApplicationFileRepository files;

	private final MessageSource messages;

	private final PnpProperties properties;

	private final ProgramClock clock;

	DocumentChecks(DecisionService decisions, DocumentRepository documents, ChecklistItemRepository checklist,
			ApplicationFileRepository files, MessageSource messages, PnpProperties properties, ProgramClock clock) {
		this.decisions = decisions;
		this.documents = documents;
		this.checklist = checklist;
		this.files = files;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** A document the checklist requires, with its validity rules. */
	record Requirement(String documentType, Integer minimumValidityMonths, Integer maximumAgeMonths) {
	}

	/** What the stream's checklist requires of this file. */
	public List<Requirement> requirements(ApplicationFile file) {
		DmnDecisionResult rows = this.decisions.evaluateDecisionByKey("DocumentChecklist")
			.variables(Variables.createVariables()
				.putValue("stream", file.getStream())
				.putValue("accompanyingSpouse", file.hasAccompanyingSpouse())
				.putValue("inCanada", file.isInCanada()))
			.evaluate();
		List<Requirement> requirements = new ArrayList<>();
		for (DmnDecisionResultEntries row : rows) {
			requirements.add(new Requirement((String) row.get("documentType"),
					asInteger(row.get("minimumValidityMonths")), asInteger(row.get("maximumAgeMonths"))));
		}
		return requirements;
	}

	public List<ChecklistItem> check(ApplicationFile file) {
		List<Requirement> requirements = requirements(file);
		List<Document> onFile = this.documents.findByApplicationIdOrderByReceivedAtAsc(file.getId());
		this.checklist.deleteByApplicationId(file.getId());
		this.checklist.flush();
		List<ChecklistItem> items = new ArrayList<>();
		for (Requirement requirement : requirements) {
			Optional<Document> latest = onFile.stream()
				.filter((document) -> document.getDocumentType().equals(requirement.documentType()))
				.max(Comparator.comparing(Document::getReceivedAt).thenComparing(Document::getId));
			List<Finding> findings = latest.map((document) -> findings(file, requirement, document))
				.orElse(List.of(new Finding(ItemState.MISSING)));
			if (findings.isEmpty()) {
				findings = List.of(new Finding(
						"PAPER".equals(latest.get().getChannel()) ? ItemState.RECEIVED_ON_PAPER : ItemState.RECEIVED));
			}
			for (Finding finding : findings) {
				items.add(save(file, requirement.documentType(), finding));
			}
		}
		List<String> samePassport = this.files.findOtherOpenFilesWithPassport(file.getId(),
				file.getApplicant().getPassportNumber());
		if (!samePassport.isEmpty()) {
			items.add(save(file, "PASSPORT", new Finding(ItemState.DUPLICATE, file.getApplicant().getPassportNumber(),
					String.join(", ", samePassport))));
			file.triage(file.getPriority(), Set.of(PROGRAM_INTEGRITY_FLAG));
		}
		return items;
	}

	private List<Finding> findings(ApplicationFile file, Requirement requirement, Document document) {
		List<Finding> findings = new ArrayList<>();
		LocalDate receivedOn = LocalDate.ofInstant(file.getReceivedAt(), this.clock.zone());
		LocalDate today = this.clock.today();
		LocalDate expiresOn = document.getExpiresOn();
		if (expiresOn != null) {
			LocalDate validUntil = today.plus(this.properties.getDocuments().getValidityHorizon());
			if (requirement.minimumValidityMonths() != null) {
				LocalDate rule = receivedOn.plusMonths(requirement.minimumValidityMonths());
				validUntil = rule.isAfter(validUntil) ? rule : validUntil;
			}
			if (expiresOn.isBefore(today)) {
				findings.add(new Finding(ItemState.EXPIRED, expiresOn.toString()));
			}
			else if (expiresOn.isBefore(validUntil)) {
				findings.add(new Finding(ItemState.EXPIRES_TOO_SOON, expiresOn.toString(), validUntil.toString()));
			}
		}
		if (requirement.maximumAgeMonths() != null && document.getIssuedOn() != null) {
			LocalDate earliest = receivedOn.minusMonths(requirement.maximumAgeMonths());
			if (document.getIssuedOn().isBefore(earliest)) {
				findings.add(new Finding(ItemState.TOO_OLD, document.getIssuedOn().toString(), earliest.toString()));
			}
		}
		Applicant applicant = file.getApplicant();
		if (!this.properties.getDocuments().getOtherHolderTypes().contains(document.getDocumentType())) {
			if (document.getHolderFamilyName() != null && !sameName(document, applicant)) {
				findings.add(new Finding(ItemState.NAME_MISMATCH,
						(nullToEmpty(document.getHolderGivenNames()) + " " + document.getHolderFamilyName()).trim(),
						applicant.getFullName()));
			}
			if (document.getHolderDateOfBirth() != null
					&& !document.getHolderDateOfBirth().equals(applicant.getDateOfBirth())) {
				findings.add(new Finding(ItemState.BIRTH_DATE_MISMATCH, document.getHolderDateOfBirth().toString(),
						applicant.getDateOfBirth().toString()));
			}
		}
		if ("PASSPORT".equals(document.getDocumentType()) && document.getDocumentNumber() != null
				&& !normalise(document.getDocumentNumber()).equals(normalise(applicant.getPassportNumber()))) {
			findings.add(new Finding(ItemState.PASSPORT_NUMBER_MISMATCH, document.getDocumentNumber(),
					applicant.getPassportNumber()));
		}
		return findings;
	}

	private ChecklistItem save(ApplicationFile file, String documentType, Finding finding) {
		String detail = finding.facts().length == 0 ? null : String.join("|", finding.facts());
		String problem = finding.state().isProblem() ? sentence(documentType, finding.state(), detail, Language.EN)
				: null;
		return this.checklist
			.save(new ChecklistItem(file.getId(), documentType, finding.state(), problem, detail, this.clock.now()));
	}

	/**
	 * Adds a problem that intake found and the checklist does not cover; the note is its
	 * sentence.
	 */
	void requestedByIntake(ApplicationFile file, String note) {
		this.checklist.save(
				new ChecklistItem(file.getId(), "OTHER", ItemState.REQUESTED_BY_INTAKE, note, note, this.clock.now()));
	}

	/**
	 * Asks the applicant for something no checklist rule covers (program integrity's
	 * questions): an outstanding item the next missing-information letter lists.
	 */
	public void request(ApplicationFile file, String what) {
		requestedByIntake(file, what);
	}

	public List<ChecklistItem> checklistOf(ApplicationFile file) {
		return this.checklist.findByApplicationIdOrderByIdAsc(file.getId());
	}

	/** What the applicant must still send or correct. */
	public List<ChecklistItem> outstanding(ApplicationFile file) {
		return checklistOf(file).stream().filter(ChecklistItem::isOutstanding).toList();
	}

	/** The outstanding items as sentences for a letter, in the applicant's language. */
	public List<String> itemsForLetter(ApplicationFile file) {
		Language language = file.getApplicant().getPreferredLanguage();
		return outstanding(file).stream()
			.map((item) -> sentence(item.getDocumentType(), item.getState(), item.getDetail(), language))
			.toList();
	}

	/**
	 * The problem in words, e.g. "Passport: expired on 2026-01-09. Please send one that
	 * is valid."
	 */
	public String sentence(String documentType, ItemState state, String detail, Language language) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(nameOf(documentType, language));
		if (detail != null) {
			arguments.addAll(List.of((Object[]) detail.split("\\|", -1)));
		}
		Locale locale = language == Language.FR ? Locale.CANADA_FRENCH : Locale.ENGLISH;
		return this.messages.getMessage("document.problem." + state.name(), arguments.toArray(), locale);
	}

	public String nameOf(String documentType, Language language) {
		PnpProperties.Named named = this.properties.getDocumentTypes().get(documentType);
		if (named == null) {
			return "OTHER".equals(documentType) ? (language == Language.FR ? "Autre" : "Other") : documentType;
		}
		return named.in(language);
	}

	public boolean isKnownType(String documentType) {
		return documentType != null && this.properties.getDocumentTypes().containsKey(documentType);
	}

	private static boolean sameName(Document document, Applicant applicant) {
		boolean family = normalise(document.getHolderFamilyName()).equals(normalise(applicant.getFamilyName()));
		boolean given = document.getHolderGivenNames() == null
				|| normalise(document.getHolderGivenNames()).equals(normalise(applicant.getGivenNames()));
		return family && given;
	}

	/**
	 * Compares names and numbers as a person would: case, accents, spaces and hyphens
	 * aside.
	 */
	static String normalise(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-'.]+", "");
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static Integer asInteger(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

	private record Finding(ItemState state, String... facts) {
	}

}
