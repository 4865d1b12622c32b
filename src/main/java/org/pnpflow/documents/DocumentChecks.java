package org.pnpflow.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Language;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;

/**
 * Checks the documents on a file against its stream's checklist (the
 * {@code DocumentChecklist} decision table): what is missing, expired, expiring too soon
 * or too old. The result replaces the file's checklist.
 */
@Service
public class DocumentChecks {

	private final DecisionService decisions;

	private final DocumentRepository documents;

	private final ChecklistItemRepository checklist;

	private final PnpProperties properties;

	private final ProgramClock clock;

	DocumentChecks(DecisionService decisions, DocumentRepository documents, ChecklistItemRepository checklist,
			PnpProperties properties, ProgramClock clock) {
		this.decisions = decisions;
		this.documents = documents;
		this.checklist = checklist;
		this.properties = properties;
		this.clock = clock;
	}

	public List<ChecklistItem> check(ApplicationFile file) {
		DmnDecisionResult required = this.decisions.evaluateDecisionByKey("DocumentChecklist")
			.variables(Variables.createVariables()
				.putValue("stream", file.getStream())
				.putValue("accompanyingSpouse", file.hasAccompanyingSpouse())
				.putValue("inCanada", file.isInCanada()))
			.evaluate();
		List<Document> onFile = this.documents.findByApplicationIdOrderByReceivedAtAsc(file.getId());
		LocalDate receivedOn = LocalDate.ofInstant(file.getReceivedAt(), this.clock.zone());
		LocalDate today = this.clock.today();
		this.checklist.deleteByApplicationId(file.getId());
		this.checklist.flush();
		List<ChecklistItem> items = new ArrayList<>();
		for (DmnDecisionResultEntries row : required) {
			String type = (String) row.get("documentType");
			Integer minimumValidityMonths = asInteger(row.get("minimumValidityMonths"));
			Integer maximumAgeMonths = asInteger(row.get("maximumAgeMonths"));
			Optional<Document> latest = onFile.stream()
				.filter((document) -> document.getDocumentType().equals(type))
				.max(Comparator.comparing(Document::getReceivedAt));
			ItemState state;
			String problem = null;
			String name = nameOf(type, Language.EN);
			if (latest.isEmpty()) {
				state = ItemState.MISSING;
				problem = name + ": not received.";
			}
			else {
				Document document = latest.get();
				state = "PAPER".equals(document.getChannel()) ? ItemState.RECEIVED_ON_PAPER : ItemState.RECEIVED;
				if (document.getExpiresOn() != null && document.getExpiresOn().isBefore(today)) {
					state = ItemState.EXPIRED;
					problem = name + ": expired on " + document.getExpiresOn() + ". Send a valid one.";
				}
				else if (minimumValidityMonths != null && document.getExpiresOn() != null
						&& document.getExpiresOn().isBefore(receivedOn.plusMonths(minimumValidityMonths))) {
					state = ItemState.EXPIRES_TOO_SOON;
					problem = name + ": expires on " + document.getExpiresOn() + "; it must be valid until at least "
							+ receivedOn.plusMonths(minimumValidityMonths) + ".";
				}
				else if (maximumAgeMonths != null && document.getIssuedOn() != null
						&& document.getIssuedOn().isBefore(receivedOn.minusMonths(maximumAgeMonths))) {
					state = ItemState.TOO_OLD;
					problem = name + ": issued on " + document.getIssuedOn() + "; it must not be older than "
							+ maximumAgeMonths + " months on the date of application.";
				}
			}
			items.add(this.checklist.save(new ChecklistItem(file.getId(), type, state, problem, this.clock.now())));
		}
		return items;
	}

	public List<ChecklistItem> checklistOf(ApplicationFile file) {
		return this.checklist.findByApplicationIdOrderByIdAsc(file.getId());
	}

	public List<ChecklistItem> outstanding(ApplicationFile file) {
		return checklistOf(file).stream().filter(ChecklistItem::isOutstanding).toList();
	}

	public String nameOf(String documentType, Language language) {
		PnpProperties.Named named = this.properties.getDocumentTypes().get(documentType);
		return named == null ? documentType : named.in(language);
	}

	/** The outstanding items as lines for a letter in the applicant's language. */
	public String itemsForLetter(ApplicationFile file) {
		Language language = file.getApplicant().getPreferredLanguage();
		StringBuilder lines = new StringBuilder();
		for (ChecklistItem item : outstanding(file)) {
			if (language == Language.FR) {
				lines.append("- ")
					.append(item.getState() == ItemState.REQUESTED_BY_INTAKE ? ""
							: nameOf(item.getDocumentType(), Language.FR) + " : ")
					.append(switch (item.getState()) {
						case MISSING -> "non reçu.";
						case EXPIRED -> "expiré; veuillez envoyer un document valide.";
						case EXPIRES_TOO_SOON -> "expire trop tôt; veuillez envoyer un document valide plus longtemps.";
						case TOO_OLD -> "trop ancien; veuillez envoyer un document plus récent.";
						case REQUESTED_BY_INTAKE -> item.getProblem();
						default -> "à vérifier.";
					});
			}
			else {
				lines.append("- ").append(item.getProblem());
			}
			lines.append('\n');
		}
		return lines.toString().trim();
	}

	public boolean isKnownType(String documentType) {
		return documentType != null && this.properties.getDocumentTypes().containsKey(documentType);
	}

	private static Integer asInteger(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

}
