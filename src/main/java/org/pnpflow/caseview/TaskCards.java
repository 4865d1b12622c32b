package org.pnpflow.caseview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.ApplicantWaits;
import org.pnpflow.process.InstanceFiles;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.EngineIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Tasklist's task cards show beside a task: its file's number and whether the file
 * waits on the applicant (until when) or is on hold. Only for tasks the user may see; no
 * personal data.
 */
@Service
class TaskCards {

	static final int MAX_TASKS = 50;

	record Card(String taskId, String fileNumber, String waitingStep, String waitingReason, Instant waitingUntil,
			boolean onHold) {
	}

	private final TaskService tasks;

	private final InstanceFiles instanceFiles;

	private final IdentityService identity;

	private final ApplicantWaits waits;

	TaskCards(TaskService tasks, InstanceFiles instanceFiles, IdentityService identity, ApplicantWaits waits) {
		this.tasks = tasks;
		this.instanceFiles = instanceFiles;
		this.identity = identity;
		this.waits = waits;
	}

	@Transactional(readOnly = true)
	List<Card> of(List<String> taskIds, ApiUser user) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		List<Task> visible = EngineIdentity.as(this.identity, user,
				() -> this.tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).listPage(0, MAX_TASKS));
		Map<String, ApplicationFile> files = this.instanceFiles
			.of(visible.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
		return visible.stream().map((task) -> {
			ApplicationFile file = files.get(task.getProcessInstanceId());
			if (file == null) {
				return new Card(task.getId(), null, null, null, null, false);
			}
			ApplicantWaits.Wait wait = this.waits.current(file.getProcessInstanceId()).orElse(null);
			return new Card(task.getId(), file.getFileNumber().value(), wait == null ? null : wait.step(),
					wait == null ? null : wait.reason(), wait == null ? null : wait.until(), file.isOnHold());
		}).toList();
	}

}
