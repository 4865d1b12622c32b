package org.pnpflow.teamwork;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.InstanceFiles;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.EngineIdentity;
import org.pnpflow.security.ForbiddenException;
import org.pnpflow.security.Groups;
import org.pnpflow.security.RequestProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager gives one or many open tasks of a queue to a member of that queue: all of
 * them or, when one cannot be given (not open, not in the queue), none. Each is made in
 * the engine as the manager (Camunda's operation log names them) and entered in the audit
 * trail under the task's file.
 */
@Service
class Reassignments {

	static final int MAX_TASKS = 200;

	record Reassigned(String taskId, String name, String fileNumber, String from, String to) {
	}

	private final TaskService tasks;

	private final IdentityService identity;

	private final InstanceFiles instanceFiles;

	private final AuditTrail audit;

	Reassignments(TaskService tasks, IdentityService identity, InstanceFiles instanceFiles, AuditTrail audit) {
		this.tasks = tasks;
		this.identity = identity;
		this.instanceFiles = instanceFiles;
		this.audit = audit;
	}

	@Transactional
	List<Reassigned> reassign(ApiUser manager, String queue, List<String> taskIds, String assignee, String from) {
		if (!manager.isInAny(List.of(Groups.MANAGERS))) {
			throw new ForbiddenException("Managers reassign the tasks of a queue.");
		}
		TeamViews.requireQueue(manager, queue);
		if (taskIds == null || taskIds.isEmpty()) {
			throw RequestProblems.invalid("taskIds", "is required: the tasks to reassign");
		}
		if (taskIds.size() > MAX_TASKS) {
			throw RequestProblems.invalid("taskIds", "lists more than " + MAX_TASKS + " tasks");
		}
		if (assignee == null || assignee.isBlank()) {
			throw RequestProblems.invalid("assignee", "is required: the user to give the tasks to");
		}
		String to = assignee.strip();
		if (this.identity.createUserQuery().userId(to).count() == 0) {
			throw RequestProblems.invalid("assignee", "is not a user: " + to);
		}
		if (this.identity.createUserQuery().userId(to).memberOfGroup(queue).count() == 0) {
			throw RequestProblems.invalid("assignee", "is not a member of the " + queue + " queue: " + to);
		}
		Set<String> wanted = new LinkedHashSet<>(taskIds);
		Map<String, Task> open = this.tasks.createTaskQuery()
			.taskIdIn(wanted.toArray(String[]::new))
			.taskCandidateGroup(queue)
			.includeAssignedTasks()
			.list()
			.stream()
			.collect(Collectors.toMap(Task::getId, (task) -> task));
		for (int i = 0; i < taskIds.size(); i++) {
			if (!open.containsKey(taskIds.get(i))) {
				throw RequestProblems.invalid("taskIds[" + i + "]",
						"is not an open task of the " + queue + " queue: " + taskIds.get(i));
			}
		}
		Map<String, ApplicationFile> files = this.instanceFiles
			.of(open.values().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
		List<Reassigned> done = new ArrayList<>();
		for (String taskId : wanted) {
			Task task = open.get(taskId);
			ApplicationFile file = files.get(task.getProcessInstanceId());
			String fileNumber = file == null ? null : file.getFileNumber().value();
			EngineIdentity.as(this.identity, manager, () -> {
				this.tasks.setAssignee(taskId, to);
				return null;
			});
			this.audit.record(manager.id(), AuditAction.CHANGE, fileNumber,
					"Task \"" + task.getName() + "\" (" + taskId + ") reassigned from "
							+ (task.getAssignee() == null ? "nobody" : task.getAssignee()) + " to " + to
							+ " in the team view",
					from);
			done.add(new Reassigned(taskId, task.getName(), fileNumber, task.getAssignee(), to));
		}
		return done;
	}

}
