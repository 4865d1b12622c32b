package org.pnpflow.process;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The queues an open task is offered to: its candidate groups.
 */
public final class TaskQueues {

	private TaskQueues() {
	}

	public static List<String> of(TaskService tasks, String taskId) {
		return tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	/** The first queue of the task, or null for a task offered to no group. */
	public static String first(TaskService tasks, String taskId) {
		List<String> queues = of(tasks, taskId);
		return queues.isEmpty() ? null : queues.get(0);
	}

}
