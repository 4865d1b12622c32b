package org.pnpflow.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.CaseSteps;

/**
 * The program's staff working the open tasks of the nomination path on whichever node
 * their request lands: each task claimed and completed by a user of its group with what
 * that task's form submits, the nodes taken in turn.
 */
final class Staff {

	private final List<ProcessEngine> nodes;

	private final ExecutorService workers;

	private final AtomicInteger turn = new AtomicInteger();

	private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

	final AtomicInteger completed = new AtomicInteger();

	final AtomicInteger conflicts = new AtomicInteger();

	Staff(List<ProcessEngine> nodes, ExecutorService workers) {
		this.nodes = nodes;
		this.workers = workers;
	}

	/**
	 * Completes every open task of the cases, except those of the tasks held back, in
	 * parallel; a task whose case another node changed at the same moment stays open for
	 * the next round.
	 * @return how many tasks were completed
	 */
	int workOpenTasks(Set<String> heldBack) throws Exception {
		List<Task> open = this.nodes.get(0)
			.getTaskService()
			.createTaskQuery()
			.processDefinitionKey("PnpApplicationProcess")
			.listPage(0, 1000);
		List<Future<Boolean>> done = new ArrayList<>();
		for (Task task : open) {
			if (heldBack.contains(task.getTaskDefinitionKey())) {
				continue;
			}
			ProcessEngine node = this.nodes.get(Math.floorMod(this.turn.getAndIncrement(), this.nodes.size()));
			done.add(this.workers.submit(() -> complete(node, task)));
		}
		int count = 0;
		for (Future<Boolean> result : done) {
			if (result.get()) {
				count++;
			}
		}
		return count;
	}

	private boolean complete(ProcessEngine node, Task task) {
		String user = userFor(task.getTaskDefinitionKey());
		IdentityService identity = node.getIdentityService();
		List<String> userGroups = this.groups.computeIfAbsent(user,
				(id) -> identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList());
		identity.setAuthentication(user, userGroups);
		try {
			TaskService tasks = node.getTaskService();
			if (task.getAssignee() == null) {
				tasks.claim(task.getId(), user);
			}
			VariableMap variables = Variables.createVariables();
			variables.putAll(form(task.getTaskDefinitionKey()));
			tasks.complete(task.getId(), variables);
			this.completed.incrementAndGet();
			return true;
		}
		catch (OptimisticLockingException concurrentChange) {
			this.conflicts.incrementAndGet();
			return false;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private static String userFor(String taskKey) {
		return switch (taskKey) {
			case "UserTask_ConfirmCompleteness" -> "intake";
			case "UserTask_RecordVerificationCall", "UserTask_ScheduleInterview", "UserTask_RecordInterviewOutcome",
					"UserTask_AssessEligibility" ->
				"officer";
			case "UserTask_SignOffRecommendation" -> "manager";
			case "UserTask_SignNomination" -> "director";
			default -> throw new AssertionError("A task off the nomination path: " + taskKey);
		};
	}

	private static Map<String, Object> form(String taskKey) {
		return switch (taskKey) {
			case "UserTask_ConfirmCompleteness" -> Map.of("completenessDecision", "COMPLETE");
			case "UserTask_RecordVerificationCall" -> CaseSteps.call("CLEAR");
			case "UserTask_ScheduleInterview" ->
				Map.of("interviewDate", LocalDate.now().plusDays(7).toString(), "interviewTime", "10:30",
						"interviewMode", "VIDEO", "interviewLocation", "https://meet.example/pnp-interview");
			case "UserTask_RecordInterviewOutcome" ->
				Map.of("interviewOutcome", "HELD", "interviewNotes", "Credible, consistent with the application.");
			case "UserTask_AssessEligibility" -> Map.of("recommendation", "NOMINATE", "recommendationReasons",
					"Meets the stream's criteria on all points.", "workPermitSupportRequested", false,
					"criteriaConfirmed", true);
			case "UserTask_SignOffRecommendation" -> Map.of("signOffDecision", "APPROVE");
			case "UserTask_SignNomination" -> Map.of("directorDecision", "SIGN");
			default -> throw new AssertionError("No form for " + taskKey);
		};
	}

}
