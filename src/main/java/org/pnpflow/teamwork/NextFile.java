package org.pnpflow.teamwork;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.InstanceFiles;
import org.pnpflow.process.TaskLifecycle;
import org.pnpflow.process.TaskQueues;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.EngineIdentity;
import org.pnpflow.security.ForbiddenException;
import org.pnpflow.security.Groups;
import org.pnpflow.security.RequestProblems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Next file": claims for a member of staff the unassigned task of their queue that comes
 * first, by the priority triage gave it, then the earliest due, then the oldest. A task
 * of a file on hold is passed over (it cannot be completed until intake lifts the hold,
 * with the task that resolves the reversed payment, which is not passed over), and so is
 * one that a colleague claimed a moment before: the claim is the engine's, so two people
 * never get the same task.
 */
@Service
class NextFile {

	/**
	 * The candidates looked at in one go; the next ones only if all of these were taken.
	 */
	static final int CANDIDATES = 20;

	/** How many times the candidates are looked at again before giving up. */
	static final int ROUNDS = 50;

	record Claimed(String taskId, String name, String fileNumber, String queue) {
	}

	private final TaskService tasks;

	private final IdentityService identity;

	private final InstanceFiles instanceFiles;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	NextFile(TaskService tasks, IdentityService identity, InstanceFiles instanceFiles, AuditTrail audit,
			PlatformTransactionManager transactions, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.identity = identity;
		this.instanceFiles = instanceFiles;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The task claimed, or nothing when the queue has no unassigned task to take. */
	Optional<Claimed> claim(ApiUser user, String queue, String from) {
		List<String> queues = queuesToServe(user, queue);
		// the tasks of files on hold stay unassigned, in order, ahead of those not yet
		// seen;
		// those a colleague claimed first leave the list
		int passedOver = 0;
		for (int round = 0; round < ROUNDS; round++) {
			List<Task> candidates = this.tasks.createTaskQuery()
				.taskCandidateGroupIn(queues)
				.taskUnassigned()
				.active()
				.orderByTaskPriority()
				.desc()
				.orderByDueDate()
				.asc()
				.orderByTaskCreateTime()
				.asc()
				.listPage(passedOver, CANDIDATES);
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			Map<String, ApplicationFile> files = this.instanceFiles
				.of(candidates.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
			for (Task task : candidates) {
				ApplicationFile file = files.get(task.getProcessInstanceId());
				if (file != null && file.isOnHold()
						&& !TaskLifecycle.RELEASES_HOLD.equals(task.getTaskDefinitionKey())) {
					passedOver++;
					continue;
				}
				String fileNumber = file == null ? null : file.getFileNumber().value();
				if (claimed(user, task, fileNumber, from)) {
					return Optional.of(new Claimed(task.getId(), task.getName(), fileNumber, queueOf(task, queues)));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The claim, made as the user and entered in the audit trail in one transaction:
	 * false when someone else was quicker. The task's row is locked first, so that of two
	 * asks at once (two people, or one person's double click, which Camunda would let
	 * claim the same task twice) the second sees it taken.
	 */
	private boolean claimed(ApiUser user, Task task, String fileNumber, String from) {
		try {
			Boolean done = this.transaction.execute((status) -> {
				List<String> assignees = this.jdbc.queryForList(
						"select assignee_ from act_ru_task where id_ = ? for update", String.class, task.getId());
				if (assignees.isEmpty() || assignees.get(0) != null) {
					return false;
				}
				EngineIdentity.as(this.identity, user, () -> {
					this.tasks.claim(task.getId(), user.id());
					return null;
				});
				this.audit.record(user.id(), AuditAction.CHANGE, fileNumber,
						"Task \"" + task.getName() + "\" (" + task.getId() + ") claimed through \"next file\"", from);
				return true;
			});
			return Boolean.TRUE.equals(done);
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException taken) {
			return false;
		}
	}

	private String queueOf(Task task, List<String> queues) {
		return TaskQueues.of(this.tasks, task.getId()).stream().filter(queues::contains).findFirst().orElse(null);
	}

	/** The user's queue asked for, or all their queues. */
	private static List<String> queuesToServe(ApiUser user, String queue) {
		List<String> own = Groups.QUEUES.stream().filter((group) -> user.groups().contains(group)).toList();
		if (own.isEmpty()) {
			throw new ForbiddenException("\"Next file\" is for the staff who work a queue.");
		}
		if (queue == null || queue.isBlank()) {
			return own;
		}
		if (!Groups.QUEUES.contains(queue.strip())) {
			throw RequestProblems.invalid("queue", "is not a queue: one of " + Groups.QUEUES);
		}
		if (!own.contains(queue.strip())) {
			throw new ForbiddenException("You do not work the " + queue.strip() + " queue.");
		}
		return List.of(queue.strip());
	}

}
