package org.pnpflow.caseview;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.casefile.Language;
import org.pnpflow.caseview.CaseFileAccess.Viewer;
import org.pnpflow.caseview.CaseFileView.NoteRow;
import org.pnpflow.process.InstanceFiles;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.EngineIdentity;
import org.pnpflow.security.ForbiddenException;
import org.pnpflow.security.RequestProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens case files, searches for them and adds notes to them, each opening and search
 * entered in the audit trail in the same transaction as the reading: who, when, which
 * file, which query, from where.
 */
@Service
class CaseFileViews {

	/** Where a case file was opened from, as the audit trail names it. */
	enum Via {

		PAGE("the case file page"), TASKLIST("Tasklist"), API("the API");

		private final String label;

		Via(String label) {
			this.label = label;
		}

		static Via of(String value) {
			for (Via via : values()) {
				if (via.name().equalsIgnoreCase(value)) {
					return via;
				}
			}
			return API;
		}

	}

	static final int TOPIC_LENGTH = 60;

	static final int NOTE_LENGTH = 4000;

	private final ApplicationFileRepository files;

	private final CaseFileAccess access;

	private final CaseFileReader reader;

	private final CaseSearch search;

	private final CaseNoteRepository notes;

	private final AuditTrail audit;

	private final TaskService tasks;

	private final InstanceFiles instanceFiles;

	private final IdentityService identity;

	private final ProgramClock clock;

	CaseFileViews(ApplicationFileRepository files, CaseFileAccess access, CaseFileReader reader, CaseSearch search,
			CaseNoteRepository notes, AuditTrail audit, TaskService tasks, InstanceFiles instanceFiles,
			IdentityService identity, ProgramClock clock) {
		this.files = files;
		this.access = access;
		this.reader = reader;
		this.search = search;
		this.notes = notes;
		this.audit = audit;
		this.tasks = tasks;
		this.instanceFiles = instanceFiles;
		this.identity = identity;
		this.clock = clock;
	}

	@Transactional
	CaseFileView open(String fileNumber, ApiUser user, Via via, Language language, String from) {
		Viewer viewer = this.access.viewer(user);
		this.access.requireOpensFiles(viewer);
		ApplicationFile file = find(fileNumber);
		this.access.requireOpen(viewer, file);
		this.audit.record(user.id(), AuditAction.CASE_FILE_OPENED, file.getFileNumber().value(),
				"Case file opened through " + via.label, from);
		return this.reader.read(file, viewer, language);
	}

	/**
	 * The case file of a task the user may see in Tasklist (the engine decides, with
	 * their authorizations), as Tasklist's "Case file" tab shows it.
	 */
	@Transactional
	CaseFileView openForTask(String taskId, ApiUser user, Language language, String from) {
		Viewer viewer = this.access.viewer(user);
		this.access.requireOpensFiles(viewer);
		Task task = EngineIdentity.as(this.identity, user,
				() -> this.tasks.createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			throw RequestProblems.notFound("No open task " + taskId + " that you may see.");
		}
		ApplicationFile file = this.instanceFiles.of(Set.of(task.getProcessInstanceId()))
			.get(task.getProcessInstanceId());
		if (file == null) {
			throw RequestProblems.notFound("The task \"" + task.getName() + "\" is work of the unit, not of one file.");
		}
		this.access.requireOpen(viewer, file);
		this.audit.record(user.id(), AuditAction.CASE_FILE_OPENED, file.getFileNumber().value(),
				"Case file opened through Tasklist, task \"" + task.getName() + "\" (" + taskId + ")", from);
		return this.reader.read(file, viewer, language);
	}

	/**
	 * The files found, each entered in the audit trail with the query; a search that
	 * finds nothing is entered once, without a file.
	 */
	@Transactional
	CaseSearch.Results search(CaseSearch.Query query, ApiUser user, Language language, String from) {
		Viewer viewer = this.access.viewer(user);
		CaseSearch.Results results = this.search.search(query, viewer, language);
		String detail = "Search by " + query.by() + " for \"" + query.text() + "\": " + results.results().size()
				+ (results.more() ? "+" : "") + " file(s) shown";
		if (results.results().isEmpty()) {
			this.audit.record(user.id(), AuditAction.CASE_FILE_SEARCH, null, detail, from);
		}
		for (CaseSearch.Result result : results.results()) {
			this.audit.record(user.id(), AuditAction.CASE_FILE_SEARCH, result.fileNumber(), detail, from);
		}
		return results;
	}

	/**
	 * A note added by the user to a file they may open; it shows on the file's next tasks
	 * and in its timeline. 400 naming the field when the note is not valid.
	 */
	@Transactional
	NoteRow addNote(String fileNumber, ApiUser user, String topic, String body) {
		Viewer viewer = this.access.viewer(user);
		this.access.requireOpensFiles(viewer);
		ApplicationFile file = find(fileNumber);
		this.access.requireOpen(viewer, file);
		if (!viewer.sees(CaseFileAccess.Section.NOTES)) {
			throw new ForbiddenException("Your role does not keep notes on files.");
		}
		if (file.getApplicant() == null) {
			throw RequestProblems.conflict("File " + fileNumber + " is archived: nothing more is added to it.");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw RequestProblems.invalid("body", "is required: the note's text");
		}
		if (text.length() > NOTE_LENGTH) {
			throw RequestProblems.invalid("body", "is longer than " + NOTE_LENGTH + " characters");
		}
		String subject = topic == null || topic.isBlank() ? "Note" : topic.strip();
		if (subject.length() > TOPIC_LENGTH) {
			throw RequestProblems.invalid("topic", "is longer than " + TOPIC_LENGTH + " characters");
		}
		CaseNote note = this.notes.save(new CaseNote(file.getId(), user.id(), this.clock.now(), subject, text));
		return new NoteRow(note.getWrittenAt(), note.getAuthor(), note.getTopic(), note.getBody());
	}

	private ApplicationFile find(String fileNumber) {
		return this.files.findByFileNumber(new FileNumber(fileNumber))
			.orElseThrow(() -> RequestProblems.notFound("No file has the number " + fileNumber + "."));
	}

}
