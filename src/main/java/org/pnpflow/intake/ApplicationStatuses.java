package org.pnpflow.intake;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.certificates.Certificates;
import org.pnpflow.documents.DocumentChecks;
import org.pnpflow.process.CaseMessages;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.Streams;
import org.pnpflow.process.TaskQueues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads where a file stands: status, current stage, open tasks, outstanding items, what
 * it waits for.
 */
@Service
class ApplicationStatuses {

	private final ApplicationFileRepository files;

	private final TaskService tasks;

	private final CaseMessages messages;

	private final DocumentChecks documentChecks;

	private final Certificates certificates;

	private final Streams streams;

	ApplicationStatuses(ApplicationFileRepository files, TaskService tasks, CaseMessages messages,
			DocumentChecks documentChecks, Certificates certificates, Streams streams) {
		this.files = files;
		this.tasks = tasks;
		this.messages = messages;
		this.documentChecks = documentChecks;
		this.certificates = certificates;
		this.streams = streams;
	}

	@Transactional(readOnly = true)
	ApplicationStatus of(FileNumber fileNumber) {
		ApplicationFile file = this.files.findByFileNumber(fileNumber)
			.orElseThrow(() -> new FileNotFoundException(fileNumber.value()));
		List<ApplicationStatus.OpenTask> open = new ArrayList<>();
		for (Task task : this.tasks.createTaskQuery()
			.processInstanceBusinessKey(fileNumber.value())
			.orderByDueDate()
			.asc()
			.list()) {
			String queue = TaskQueues.first(this.tasks, task.getId());
			open.add(new ApplicationStatus.OpenTask(task.getName(), queue,
					task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee()));
		}
		List<ApplicationStatus.OutstandingItem> outstanding = this.documentChecks.outstanding(file)
			.stream()
			.map((item) -> new ApplicationStatus.OutstandingItem(item.getDocumentType(), item.getState().name(),
					item.getProblem()))
			.toList();
		String waitingFor = waitingFor(fileNumber);
		var certificate = this.certificates.of(file);
		return new ApplicationStatus(fileNumber.value(), file.getStream(), this.streams.nameOf(file.getStream()),
				file.getStatus().name(), stage(file, open, waitingFor), file.getReceivedAt(), file.getPriority(),
				file.getFlags(), file.getOutcome() == null ? null : file.getOutcome().name(), open, outstanding,
				outstanding.isEmpty() ? null : file.getInformationDeadline(), waitingFor,
				certificate.map((c) -> c.getCertificateNumber()).orElse(null),
				certificate.map((c) -> c.getStatus().name()).orElse(null));
	}

	private String waitingFor(FileNumber fileNumber) {
		if (isWaiting(fileNumber, ProcessVariables.MESSAGE_DOCUMENTS_RECEIVED)) {
			return "APPLICANT_DOCUMENTS";
		}
		if (isWaiting(fileNumber, ProcessVariables.MESSAGE_FAIRNESS_RESPONSE_RECEIVED)) {
			return "APPLICANT_FAIRNESS_RESPONSE";
		}
		if (isWaiting(fileNumber, ProcessVariables.MESSAGE_PAYMENT_RECEIVED)) {
			return "APPLICANT_FEE_BALANCE";
		}
		if (isWaiting(fileNumber, ProcessVariables.MESSAGE_INTERVIEW_REPLY_RECEIVED)) {
			return "APPLICANT_INTERVIEW_REPLY";
		}
		if (isWaiting(fileNumber, ProcessVariables.MESSAGE_PERMANENT_RESIDENCE_DECIDED)) {
			return "FEDERAL_PERMANENT_RESIDENCE_DECISION";
		}
		return null;
	}

	private boolean isWaiting(FileNumber fileNumber, String message) {
		return this.messages.isWaitingFor(fileNumber.value(), message);
	}

	private static String stage(ApplicationFile file, List<ApplicationStatus.OpenTask> open, String waitingFor) {
		if (waitingFor != null && waitingFor.startsWith("APPLICANT")) {
			return "Waiting for the applicant";
		}
		if (!open.isEmpty()) {
			String name = open.get(0).name();
			int separator = name.indexOf(" · ");
			return separator > 0 ? name.substring(0, separator) : name;
		}
		return file.getStage();
	}

}
