package org.pnpflow.caseview;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.Employer;
import org.pnpflow.casefile.Language;
import org.pnpflow.casefile.Representative;
import org.pnpflow.caseview.CaseFileAccess.Section;
import org.pnpflow.caseview.CaseFileAccess.Viewer;
import org.pnpflow.caseview.CaseFileView.EmployerRow;
import org.pnpflow.caseview.CaseFileView.LetterRow;
import org.pnpflow.caseview.CaseFileView.NoteRow;
import org.pnpflow.caseview.CaseFileView.OpenTask;
import org.pnpflow.caseview.CaseFileView.Parties;
import org.pnpflow.caseview.CaseFileView.Person;
import org.pnpflow.caseview.CaseFileView.RepresentativeRow;
import org.pnpflow.caseview.CaseFileView.Summary;
import org.pnpflow.caseview.CaseFileView.Waiting;
import org.pnpflow.process.ApplicantWaits;
import org.pnpflow.process.Streams;
import org.pnpflow.process.TaskQueues;
import org.springframework.stereotype.Component;

/**
 * Puts a file's case view together for one viewer, with only the parts their role may
 * see. The caller has checked that they may open the file.
 */
@Component
class CaseFileReader {

	private final TaskService tasks;

	private final ApplicantWaits waits;

	private final Streams streams;

	private final CaseNoteRepository notes;

	private final IntakeRecords intake;

	private final AssessmentRecords assessment;

	private final Timelines timelines;

	CaseFileReader(TaskService tasks, ApplicantWaits waits, Streams streams, CaseNoteRepository notes,
			IntakeRecords intake, AssessmentRecords assessment, Timelines timelines) {
		this.tasks = tasks;
		this.waits = waits;
		this.streams = streams;
		this.notes = notes;
		this.intake = intake;
		this.assessment = assessment;
		this.timelines = timelines;
	}

	CaseFileView read(ApplicationFile file, Viewer viewer, Language language) {
		String fileNumber = file.getFileNumber().value();
		boolean parties = viewer.sees(Section.PARTIES);
		boolean documents = viewer.sees(Section.DOCUMENTS);
		boolean letters = viewer.sees(Section.LETTERS);
		boolean payments = viewer.sees(Section.PAYMENTS);
		boolean assessing = viewer.sees(Section.VERIFICATION);
		boolean interviews = viewer.sees(Section.INTERVIEWS);
		boolean recommendations = viewer.sees(Section.RECOMMENDATIONS);
		boolean notes = viewer.sees(Section.NOTES);
		List<LetterRow> letterRows = letters ? this.intake.letters(file) : List.of();
		List<NoteRow> noteRows = notes ? notes(file) : List.of();
		Set<Section> withheld = EnumSet.allOf(Section.class);
		withheld.removeAll(viewer.sections());
		return new CaseFileView(fileNumber, summary(file, language), waiting(file), openTasks(fileNumber),
				parties ? parties(file) : null, documents ? this.intake.documents(file, language) : List.of(),
				documents ? this.intake.checklist(file, language) : List.of(),
				payments ? this.intake.payments(file) : List.of(), payments ? this.intake.refunds(file) : List.of(),
				letterRows, letters ? this.intake.certificate(file) : null,
				assessing ? this.assessment.verification(file) : List.of(),
				interviews ? this.assessment.interviews(file) : List.of(),
				interviews ? this.assessment.siteVisits(file) : List.of(),
				recommendations ? this.assessment.recommendations(file) : List.of(),
				recommendations ? this.assessment.signOffs(file) : List.of(), noteRows,
				this.timelines.of(fileNumber, noteRows, letterRows, viewer.sees(Section.AUDIT)), withheld,
				notes && file.getApplicant() != null);
	}

	private Summary summary(ApplicationFile file, Language language) {
		return new Summary(file.getStream(), this.streams.nameOf(file.getStream(), language), file.getChannel().name(),
				file.getStatus().name(), file.getStage(), file.getPriority(), file.getFlags(), file.getReceivedAt(),
				file.getOutcome() == null ? null : file.getOutcome().name(), file.getDecidedAt(), file.getClosedAt(),
				file.getOnHold());
	}

	/** The file's wait on the applicant that began last, if it waits now. */
	private Waiting waiting(ApplicationFile file) {
		return this.waits.current(file.getProcessInstanceId())
			.map((wait) -> new Waiting(wait.step(), wait.reason(), wait.since(), wait.until()))
			.orElse(null);
	}

	private List<OpenTask> openTasks(String fileNumber) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(fileNumber)
			.orderByDueDate()
			.asc()
			.list()
			.stream()
			.map(this::openTask)
			.toList();
	}

	private OpenTask openTask(Task task) {
		return new OpenTask(task.getId(), task.getName(), TaskQueues.first(this.tasks, task.getId()),
				task.getAssignee(), task.getCreateTime().toInstant(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority());
	}

	/** Null for a file whose personal data has been removed (archived). */
	private static Parties parties(ApplicationFile file) {
		Applicant applicant = file.getApplicant();
		if (applicant == null) {
			return null;
		}
		Representative representative = file.getRepresentative();
		Employer employer = file.getEmployer();
		return new Parties(
				new Person(applicant.getFamilyName(), applicant.getGivenNames(), applicant.getDateOfBirth(),
						applicant.getCountryOfCitizenship(), applicant.getPassportNumber(), applicant.getEmail(),
						applicant.getPhone(), applicant.getAddress(), applicant.getPreferredLanguage().name()),
				representative == null ? null
						: new RepresentativeRow(representative.getFullName(), representative.getOrganisation(),
								representative.getLicenceNumber(), representative.getEmail()),
				employer == null ? null
						: new EmployerRow(employer.getLegalName(), employer.getBusinessNumber(), employer.getAddress(),
								employer.getContactName(), employer.getContactPhone(), employer.getContactEmail()));
	}

	private List<NoteRow> notes(ApplicationFile file) {
		return this.notes.findByApplicationIdOrderByWrittenAtAsc(file.getId())
			.stream()
			.map((note) -> new NoteRow(note.getWrittenAt(), note.getAuthor(), note.getTopic(), note.getBody()))
			.toList();
	}

}
