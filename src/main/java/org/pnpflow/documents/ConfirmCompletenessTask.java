package org.pnpflow.documents;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.Language;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.springframework.stereotype.Component;

/**
 * Intake confirms completeness: sees the checklist with each item's state, records
 * documents that came on paper, and decides complete or incomplete. A file with
 * outstanding items cannot be confirmed complete.
 */
@Component
class ConfirmCompletenessTask implements TaskCompletionHandler, TaskDetailsProvider {

	static final String TASK = "UserTask_ConfirmCompleteness";

	/**
	 * What is wrong with an item whose checklist sentence quotes the applicant's personal
	 * data (a name, a date of birth, a passport number) or intake's own note, said
	 * without it. A refused completion is shown to the person completing the task and
	 * written to the engine's log; the checklist on the form has the details.
	 */
	private static final Map<ItemState, String> SAID_WITHOUT_PERSONAL_DATA = Map.of(ItemState.NAME_MISMATCH,
			"the name on it is not the name in the application", ItemState.BIRTH_DATE_MISMATCH,
			"the date of birth on it is not the one in the application", ItemState.PASSPORT_NUMBER_MISMATCH,
			"its number is not the passport number in the application", ItemState.DUPLICATE,
			"its number is also on another open file", ItemState.REQUESTED_BY_INTAKE, "asked for by intake");

	private final DocumentChecks checks;

	private final DocumentRepository documents;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	ConfirmCompletenessTask(DocumentChecks checks, DocumentRepository documents, CaseNoteRepository notes,
			ProgramClock clock) {
		this.checks = checks;
		this.documents = documents;
		this.notes = notes;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(TASK);
	}

	@Override
	public Set<String> describes() {
		return completes();
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("paperDocumentsReceived", "completenessNote");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		StringBuilder md = new StringBuilder(
				"#### Document checklist\n\n| Document | State | Problem |\n|---|---|---|\n");
		for (ChecklistItem item : this.checks.checklistOf(file)) {
			md.append("| ")
				.append(Markdown.text(this.checks.nameOf(item.getDocumentType(), Language.EN)))
				.append(" | ")
				.append(item.isProblem() ? "**" + item.getState() + "**" : item.getState())
				.append(" | ")
				.append(item.getProblem() == null ? "" : Markdown.text(item.getProblem()))
				.append(" |\n");
		}
		long outstanding = this.checks.outstanding(file).size();
		md.append("\n")
			.append(outstanding == 0 ? "Every required document is on file." : outstanding
					+ " item(s) outstanding. Tick documents received on paper, or request the missing information.")
			.append("\n");
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		List<String> paper = completion.values("paperDocumentsReceived");
		for (String type : paper) {
			if (!this.checks.isKnownType(type)) {
				throw new TaskInputException("'" + type + "' is not a document type of the program.");
			}
		}
		Decision decision = completion.choice("completenessDecision", "whether the file is complete", Decision.class);
		String note = completion.optionalText("completenessNote", "Note", 2000);
		List<ChecklistItem> checklist = this.checks.checklistOf(file);
		for (String type : paper) {
			this.documents.save(
					new Document(file.getId(), type, "PAPER", this.clock.now(), null, null, null, completion.userId()));
			checklist.stream()
				.filter((item) -> item.getDocumentType().equals(type) && item.getState() == ItemState.MISSING)
				.forEach(ChecklistItem::receivedOnPaper);
		}
		List<ChecklistItem> outstanding = checklist.stream().filter(ChecklistItem::isOutstanding).toList();
		if (decision == Decision.COMPLETE && !outstanding.isEmpty()) {
			throw new TaskInputException("The file cannot be confirmed complete while items are outstanding: "
					+ outstanding.stream().map(this::withoutPersonalData).collect(Collectors.joining(" ")));
		}
		if (decision == Decision.INCOMPLETE && outstanding.isEmpty()) {
			if (note == null) {
				throw new TaskInputException(
						"Every checklist item is on file: say in the note what is missing before requesting information.");
			}
			// the note becomes the item the letter asks for
			this.checks.requestedByIntake(file, note);
		}
		String what = (decision == Decision.COMPLETE ? "File confirmed complete"
				: "File incomplete: " + outstanding.size() + " item(s) requested")
				+ (paper.isEmpty() ? "" : "; received on paper: " + String.join(", ", paper))
				+ (note == null ? "" : ". " + note);
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Completeness", what));
	}

	private String withoutPersonalData(ChecklistItem item) {
		String said = SAID_WITHOUT_PERSONAL_DATA.get(item.getState());
		return (said == null) ? item.getProblem()
				: this.checks.nameOf(item.getDocumentType(), Language.EN) + ": " + said + " (see the checklist).";
	}

	enum Decision {

		COMPLETE, INCOMPLETE

	}

}
