package org.pnpflow.teamwork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.process.ApplicantWaits;
import org.pnpflow.process.FileQueues;
import org.pnpflow.process.InstanceFiles;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskDueDates;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.ForbiddenException;
import org.pnpflow.security.Groups;
import org.pnpflow.security.RequestProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's open work per queue: counts, the tasks of a queue, the files it waits on the
 * applicant for, and who works it. Managers see every queue; other staff their own.
 */
@Service
class TeamViews {

	/** The tasks of a queue one page shows. */
	static final int PAGE_SIZE = 50;

	/** The files read in one query, well under what a database takes in one statement. */
	private static final int CHUNK = 500;

	/**
	 * A queue's open work.
	 *
	 * @param waiting files waiting on the applicant whose last task was in this queue
	 */
	record QueueCounts(String queue, String name, long open, long unassigned, long overdue, long dueSoon,
			long waiting) {
	}

	/**
	 * An open task of a queue, with its file and whether the file waits or is on hold.
	 */
	record QueueTask(String taskId, String name, String taskKey, String fileNumber, String assignee, Instant created,
			Instant due, int priority, boolean overdue, boolean dueSoon, Instant waitingUntil, boolean onHold) {
	}

	record QueueTasks(String queue, int page, long total, List<QueueTask> tasks) {
	}

	/** A file waiting on the applicant: since when, until when, at which step. */
	record WaitingFile(String fileNumber, String step, String reason, Instant since, Instant until) {
	}

	record Member(String id, String name) {
	}

	private final TaskService tasks;

	private final InstanceFiles instanceFiles;

	private final IdentityService identity;

	private final ApplicationFileRepository files;

	private final ApplicantWaits waits;

	private final FileQueues fileQueues;

	private final TaskDueDates dueDates;

	private final ProgramClock clock;

	TeamViews(TaskService tasks, InstanceFiles instanceFiles, IdentityService identity, ApplicationFileRepository files,
			ApplicantWaits waits, FileQueues fileQueues, TaskDueDates dueDates, ProgramClock clock) {
		this.tasks = tasks;
		this.instanceFiles = instanceFiles;
		this.identity = identity;
		this.files = files;
		this.waits = waits;
		this.fileQueues = fileQueues;
		this.dueDates = dueDates;
		this.clock = clock;
	}

	/** The queues the user may look at: every queue for managers, else their own. */
	static List<String> queuesOf(ApiUser user) {
		if (user.isInAny(List.of(Groups.MANAGERS))) {
			return Groups.QUEUES;
		}
		List<String> own = Groups.QUEUES.stream().filter((queue) -> user.groups().contains(queue)).toList();
		if (own.isEmpty()) {
			throw new ForbiddenException("The team views are for the staff who work a queue and for managers.");
		}
		return own;
	}

	static void requireQueue(ApiUser user, String queue) {
		if (!Groups.QUEUES.contains(queue)) {
			throw RequestProblems.notFound("No queue " + queue + ": the queues are " + Groups.QUEUES + ".");
		}
		if (!queuesOf(user).contains(queue)) {
			throw new ForbiddenException("The " + queue + " queue is for its members and for managers.");
		}
	}

	@Transactional(readOnly = true)
	List<QueueCounts> counts(ApiUser user) {
		Date now = Date.from(this.clock.now());
		Date soon = Date.from(this.dueDates.soon());
		Map<String, Long> waiting = waitingFiles().stream()
			.collect(Collectors.groupingBy(WaitingOn::queue, Collectors.counting()));
		List<QueueCounts> counts = new ArrayList<>();
		for (String queue : queuesOf(user)) {
			counts.add(new QueueCounts(queue, nameOf(queue), queue(queue).count(),
					this.tasks.createTaskQuery().taskCandidateGroup(queue).count(), queue(queue).dueBefore(now).count(),
					queue(queue).dueAfter(now).dueBefore(soon).count(), waiting.getOrDefault(queue, 0L)));
		}
		return counts;
	}

	/**
	 * A page of the queue's open tasks, as "next file" would take them: priority from
	 * triage first, then the earliest due.
	 */
	@Transactional(readOnly = true)
	QueueTasks tasksOf(ApiUser user, String queue, int page) {
		requireQueue(user, queue);
		if (page < 0) {
			throw RequestProblems.invalid("page", "must be 0 or more");
		}
		List<Task> open = queue(queue).orderByTaskPriority()
			.desc()
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(page * PAGE_SIZE, PAGE_SIZE);
		Map<String, ApplicationFile> filesByInstance = this.instanceFiles
			.of(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
		Instant now = this.clock.now();
		Instant soon = this.dueDates.soon();
		List<QueueTask> rows = new ArrayList<>();
		for (Task task : open) {
			ApplicationFile file = filesByInstance.get(task.getProcessInstanceId());
			Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			Instant waitingUntil = file == null ? null
					: this.waits.current(file.getProcessInstanceId()).map(ApplicantWaits.Wait::until).orElse(null);
			rows.add(new QueueTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
					file == null ? null : file.getFileNumber().value(), task.getAssignee(),
					task.getCreateTime().toInstant(), due, task.getPriority(), due != null && due.isBefore(now),
					due != null && !due.isBefore(now) && due.isBefore(soon), waitingUntil,
					file != null && file.isOnHold()));
		}
		return new QueueTasks(queue, page, queue(queue).count(), rows);
	}

	/**
	 * The files waiting on the applicant whose last task was in the queue, soonest end
	 * first.
	 */
	@Transactional(readOnly = true)
	List<WaitingFile> waitingFor(ApiUser user, String queue) {
		requireQueue(user, queue);
		return waitingFiles().stream()
			.filter((waiting) -> queue.equals(waiting.queue()))
			.map(WaitingOn::file)
			.sorted(Comparator.comparing(WaitingFile::until, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(WaitingFile::fileNumber))
			.toList();
	}

	@Transactional(readOnly = true)
	List<Member> members(ApiUser user, String queue) {
		requireQueue(user, queue);
		return this.identity.createUserQuery()
			.memberOfGroup(queue)
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map((member) -> new Member(member.getId(), fullName(member)))
			.toList();
	}

	private record WaitingOn(String queue, WaitingFile file) {
	}

	private List<WaitingOn> waitingFiles() {
		Map<String, ApplicantWaits.Wait> all = this.waits.all();
		if (all.isEmpty()) {
			return List.of();
		}
		List<String> instances = List.copyOf(all.keySet());
		List<ApplicationFile> waitingFiles = new ArrayList<>();
		for (int from = 0; from < instances.size(); from += CHUNK) {
			waitingFiles.addAll(this.files
				.findByProcessInstanceIdIn(instances.subList(from, Math.min(instances.size(), from + CHUNK))));
		}
		Map<Long, String> latest = this.fileQueues.latestOf(waitingFiles.stream().map(ApplicationFile::getId).toList());
		List<WaitingOn> waiting = new ArrayList<>();
		for (ApplicationFile file : waitingFiles) {
			ApplicantWaits.Wait wait = all.get(file.getProcessInstanceId());
			String queue = latest.get(file.getId());
			// a file that waits before any task was offered on it answers to no queue
			if (queue != null) {
				waiting.add(new WaitingOn(queue, new WaitingFile(file.getFileNumber().value(), wait.step(),
						wait.reason(), wait.since(), wait.until())));
			}
		}
		return waiting;
	}

	private TaskQuery queue(String queue) {
		return this.tasks.createTaskQuery().taskCandidateGroup(queue).includeAssignedTasks();
	}

	private String nameOf(String queue) {
		var group = this.identity.createGroupQuery().groupId(queue).singleResult();
		return group == null || group.getName() == null ? queue : group.getName();
	}

	private static String fullName(User user) {
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName()))
			.strip();
		return name.isEmpty() ? user.getId() : name;
	}

}
