package org.pnpflow.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.springframework.stereotype.Component;

/**
 * What happens to every user task of the case, whatever the diagram says: on creation it
 * gets the file number in its name, a due date and priority from configuration, and the
 * case summary and details its form shows; on completion what was submitted is checked
 * and recorded by the task's {@link TaskCompletionHandler}.
 */
@Component
public class TaskLifecycle {

	private static final List<String> CARD_VARIABLES = List.of(ProcessVariables.FILE_NUMBER,
			ProcessVariables.STREAM_NAME, ProcessVariables.PRIORITY);

	/**
	 * The one task that may be completed while its file is on hold: it lifts the hold.
	 */
	public static final String RELEASES_HOLD = "UserTask_ResolveReversedPayment";

	/**
	 * The extension property that marks a wait on the applicant; its value is the reason
	 * the reports show (for example {@code MISSING_INFORMATION}).
	 */
	public static final String WAITING_ON_APPLICANT = "waitingOnApplicant";

	/** The longest text a Camunda string variable takes, with room to spare. */
	static final int TEXT_LIMIT = 3_900;

	private final ApplicationFileRepository files;

	private final CaseSummaries summaries;

	private final ProgramClock clock;

	private final Map<String, TaskCompletionHandler> handlers = new HashMap<>();

	private final Map<String, List<TaskDetailsProvider>> details = new HashMap<>();

	private final Map<String, List<UnitTaskDetailsProvider>> unitDetails = new HashMap<>();

	private final Set<String> recordedInputs;

	private final CaseTimeline timeline;

	private final TaskDueDates dueDates;

	private final FileQueues queues;

	TaskLifecycle(ApplicationFileRepository files, CaseSummaries summaries, ProgramClock clock,
			List<TaskCompletionHandler> handlers, List<TaskDetailsProvider> details,
			List<UnitTaskDetailsProvider> unitDetails, CaseTimeline timeline, TaskDueDates dueDates,
			FileQueues queues) {
		this.files = files;
		this.timeline = timeline;
		this.summaries = summaries;
		this.clock = clock;
		this.dueDates = dueDates;
		this.queues = queues;
		Set<String> inputs = new HashSet<>();
		for (TaskCompletionHandler handler : handlers) {
			handler.completes().forEach((key) -> register(this.handlers, key, handler));
			inputs.addAll(handler.recordedInputs());
		}
		for (TaskDetailsProvider provider : details) {
			provider.describes()
				.forEach((key) -> this.details.computeIfAbsent(key, (any) -> new ArrayList<>()).add(provider));
		}
		for (UnitTaskDetailsProvider provider : unitDetails) {
			provider.describes()
				.forEach((key) -> this.unitDetails.computeIfAbsent(key, (any) -> new ArrayList<>()).add(provider));
		}
		inputs.add(ProcessVariables.CASE_SUMMARY);
		inputs.add(ProcessVariables.TASK_DETAILS);
		this.recordedInputs = Set.copyOf(inputs);
	}

	private static <T> void register(Map<String, T> registry, String key, T value) {
		if (registry.put(key, value) != null) {
			throw new IllegalStateException("Two beans handle the user task " + key);
		}
	}

	/**
	 * Variables that must never reach Camunda's history: personal facts and free text.
	 */
	public Set<String> recordedInputs() {
		return this.recordedInputs;
	}

	public boolean handles(String taskKey) {
		return this.handlers.containsKey(taskKey);
	}

	public void onCreate(DelegateTask task) {
		task.setDueDate(Date.from(this.dueDates.dueNow(task.getTaskDefinitionKey())));
		if (!isAboutAFile(task)) {
			// work of the unit, not of one file (a deposit, a reconciliation): the
			// details
			// are the task's own
			task.setVariableLocal(ProcessVariables.CASE_SUMMARY, "");
			task.setVariableLocal(ProcessVariables.TASK_DETAILS, unitDetails(task));
			return;
		}
		ApplicationFile file = fileOf(task);
		String baseName = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
		task.setName(baseName + " · " + file.getFileNumber());
		Object taskPriority = task.getVariable(ProcessVariables.TASK_PRIORITY);
		if (taskPriority instanceof Number number) {
			task.setPriority(number.intValue());
		}
		// what Tasklist shows on the task's card, readable by whoever may read the task
		for (String cardVariable : CARD_VARIABLES) {
			task.setVariableLocal(cardVariable, task.getVariable(cardVariable));
		}
		task.setVariableLocal(ProcessVariables.CASE_SUMMARY, fitted(this.summaries.summarise(file)));
		StringBuilder details = new StringBuilder();
		for (TaskDetailsProvider provider : this.details.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
			details.append(provider.details(file, task.getTaskDefinitionKey())).append("\n");
		}
		task.setVariableLocal(ProcessVariables.TASK_DETAILS, fitted(details.toString()));
		file.moveToStage(baseName);
		this.queues.offered(file.getId(), candidateGroups(task), this.clock.now());
		this.timeline.taskCreated(file, task.getId(), task.getTaskDefinitionKey(), baseName);
	}

	public void onComplete(DelegateTask task) {
		TaskCompletionHandler handler = this.handlers.get(task.getTaskDefinitionKey());
		if (handler == null) {
			throw new IllegalStateException("No completion handler for user task " + task.getTaskDefinitionKey());
		}
		String user = userOf(task);
		requireCandidateGroup(task, user);
		ApplicationFile file = isAboutAFile(task) ? fileOf(task) : null;
		if (file != null && file.isOnHold() && !RELEASES_HOLD.equals(task.getTaskDefinitionKey())) {
			throw new TaskInputException("File " + file.getFileNumber()
					+ " is on hold until intake resolves a reversed payment (" + file.getOnHold() + ").");
		}
		handler.complete(new TaskCompletion(task, file, user));
		for (String input : handler.recordedInputs()) {
			task.getExecution().removeVariable(input);
		}
		if (file != null) {
			this.queues.finished(file.getId(), candidateGroups(task), this.clock.now());
			this.timeline.taskEnded(file, task.getId(), task.getTaskDefinitionKey(), true);
		}
	}

	/**
	 * The text cut to what a Camunda string variable holds (4,000 characters on every
	 * database), at a line's end, saying it was cut: a task whose summary or details were
	 * longer could not be created at all.
	 */
	static String fitted(String text) {
		if (text == null || text.length() <= TEXT_LIMIT) {
			return text;
		}
		String note = "\n\n… shortened here; the whole record is on the file.";
		int cut = text.lastIndexOf('\n', TEXT_LIMIT - note.length());
		return text.substring(0, (cut > 0) ? cut : TEXT_LIMIT - note.length()) + note;
	}

	/** A task cancelled (a boundary event, a withdrawal): its time at the task ends. */
	public void onDelete(DelegateTask task) {
		if (isAboutAFile(task)) {
			// a file that is gone must not stop its instance from being deleted
			this.files.findById((Long) task.getVariable(ProcessVariables.APPLICATION_ID))
				.ifPresent((file) -> this.timeline.taskEnded(file, task.getId(), task.getTaskDefinitionKey(), false));
		}
	}

	/**
	 * The file starts or stops waiting on the applicant at an element marked with the
	 * extension property {@value #WAITING_ON_APPLICANT}. A wait that ends, because the
	 * applicant answered or its deadline ran out, gives the case's open tasks their
	 * working days back (tasks ending with it, when the case is withdrawn or closed, are
	 * left alone).
	 */
	public void onWaiting(DelegateExecution execution, String reason, boolean started) {
		Object id = execution.getVariable(ProcessVariables.APPLICATION_ID);
		if (!(id instanceof Long applicationId)) {
			return;
		}
		ApplicationFile file = this.files.findById(applicationId)
			.orElseThrow(() -> new IllegalStateException(
					"Execution " + execution.getId() + " points to no file (" + applicationId + ")"));
		if (started) {
			this.timeline.waitingStarted(file, reason);
		}
		else {
			this.timeline.waitingEnded(file, reason);
			this.dueDates.waitEnded(execution, waitStart(execution));
		}
	}

	/**
	 * When the execution reached the step it is leaving, read whoever's action ended the
	 * wait.
	 */
	private static java.time.Instant waitStart(DelegateExecution execution) {
		var step = org.camunda.bpm.engine.impl.context.Context.getCommandContext()
			.runWithoutAuthorization(() -> execution.getProcessEngineServices()
				.getHistoryService()
				.createHistoricActivityInstanceQuery()
				.activityInstanceId(execution.getActivityInstanceId())
				.singleResult());
		if (step == null) {
			throw new IllegalStateException("No history of the step " + execution.getActivityInstanceId()
					+ " that execution " + execution.getId() + " leaves: the history level must be activity or more");
		}
		return step.getStartTime().toInstant();
	}

	private static List<String> candidateGroups(DelegateTask task) {
		return task.getCandidates()
			.stream()
			.map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/**
	 * Whoever completes a task belongs to one of its groups, whatever the client and
	 * whatever else they may do with the task (a manager may reassign any task, but signs
	 * only as manager).
	 */
	private static void requireCandidateGroup(DelegateTask task, String user) {
		List<String> groups = candidateGroups(task);
		if (groups.isEmpty()) {
			return;
		}
		var identity = task.getProcessEngineServices().getIdentityService();
		boolean member = groups.stream()
			.anyMatch((group) -> identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0);
		if (!member) {
			throw new TaskInputException(
					"Only a member of " + String.join(" or ", groups) + " can complete \"" + task.getName() + "\".");
		}
	}

	private static boolean isAboutAFile(DelegateTask task) {
		return task.getVariable(ProcessVariables.APPLICATION_ID) != null;
	}

	private String unitDetails(DelegateTask task) {
		StringBuilder details = new StringBuilder();
		for (UnitTaskDetailsProvider provider : this.unitDetails.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
			details.append(provider.details(task)).append("\n");
		}
		return details.toString();
	}

	private ApplicationFile fileOf(DelegateTask task) {
		Long id = (Long) task.getVariable(ProcessVariables.APPLICATION_ID);
		return this.files.findById(id)
			.orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " points to no file (" + id + ")"));
	}

	private static String userOf(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		throw new TaskInputException("Sign in before completing this task: the decision must record who made it.");
	}

}
