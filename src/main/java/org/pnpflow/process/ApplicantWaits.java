package org.pnpflow.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Where cases wait on the applicant now: the steps marked with the extension property
 * {@value TaskLifecycle#WAITING_ON_APPLICANT} that a case has reached and not left, since
 * when, and until when (the deadline timer on the step: the earliest interrupting timer
 * boundary event; a reminder does not end the wait). Read from Camunda's history and
 * jobs, so it is what the diagram says, whichever version a case runs.
 */
@Component
public class ApplicantWaits {

	/**
	 * A case waiting on the applicant.
	 *
	 * @param step the waiting step's name in the diagram
	 * @param reason the value of its {@value TaskLifecycle#WAITING_ON_APPLICANT} property
	 * @param until when the deadline runs out; null for a step without one
	 */
	public record Wait(String processInstanceId, String activityId, String step, String reason, Instant since,
			Instant until) {
	}

	/** The waiting steps of one version of a diagram, and their deadline timers. */
	private record WaitingSteps(Map<String, String> reasons, Map<String, Set<String>> deadlines) {
	}

	private final HistoryService history;

	private final ManagementService management;

	private final RepositoryService repository;

	private final Map<String, WaitingSteps> byDefinition = new ConcurrentHashMap<>();

	ApplicantWaits(HistoryService history, ManagementService management, RepositoryService repository) {
		this.history = history;
		this.management = management;
		this.repository = repository;
	}

	/** The case's wait on the applicant that began last, if it waits now. */
	public Optional<Wait> current(String processInstanceId) {
		List<Wait> waits = of(processInstanceId);
		return waits.isEmpty() ? Optional.empty() : Optional.of(waits.get(waits.size() - 1));
	}

	/** The waits of one case, oldest first (most cases have none, a few one). */
	List<Wait> of(String processInstanceId) {
		if (processInstanceId == null) {
			return List.of();
		}
		List<Wait> waits = new ArrayList<>();
		for (HistoricActivityInstance step : this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.unfinished()
			.list()) {
			WaitingSteps steps = stepsOf(step.getProcessDefinitionId());
			String reason = steps.reasons().get(step.getActivityId());
			if (reason != null) {
				waits.add(new Wait(processInstanceId, step.getActivityId(), step.getActivityName(), reason,
						step.getStartTime().toInstant(),
						deadline(Set.of(processInstanceId), steps.deadlines().get(step.getActivityId()))
							.get(processInstanceId)));
			}
		}
		waits.sort(Comparator.comparing(Wait::since));
		return waits;
	}

	/**
	 * Every case waiting on the applicant now, by process instance: a few queries
	 * whatever the number of cases (one per waiting step and one per deadline).
	 */
	public Map<String, Wait> all() {
		Map<String, Wait> waits = new LinkedHashMap<>();
		Map<String, Set<String>> deadlinesByStep = new HashMap<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery().list()) {
			stepsOf(definition.getId()).deadlines()
				.forEach((step, timers) -> deadlinesByStep.computeIfAbsent(step, (any) -> new java.util.HashSet<>())
					.addAll(timers));
		}
		for (Map.Entry<String, Set<String>> step : deadlinesByStep.entrySet()) {
			List<HistoricActivityInstance> reached = this.history.createHistoricActivityInstanceQuery()
				.activityId(step.getKey())
				.unfinished()
				.list();
			if (reached.isEmpty()) {
				continue;
			}
			Map<String, Instant> until = deadline(
					reached.stream().map(HistoricActivityInstance::getProcessInstanceId).collect(Collectors.toSet()),
					step.getValue());
			for (HistoricActivityInstance instance : reached) {
				String reason = stepsOf(instance.getProcessDefinitionId()).reasons().get(instance.getActivityId());
				if (reason != null) {
					waits.merge(instance.getProcessInstanceId(),
							new Wait(instance.getProcessInstanceId(), instance.getActivityId(),
									instance.getActivityName(), reason, instance.getStartTime().toInstant(),
									until.get(instance.getProcessInstanceId())),
							(first, second) -> first.since().isAfter(second.since()) ? first : second);
				}
			}
		}
		return waits;
	}

	/**
	 * When the deadline of a waiting step of the case runs out, if it has one now.
	 */
	public Optional<Instant> deadlineOf(String processDefinitionId, String processInstanceId, String activityId) {
		return Optional.ofNullable(deadline(Set.of(processInstanceId),
				stepsOf(processDefinitionId).deadlines().getOrDefault(activityId, Set.of()))
			.get(processInstanceId));
	}

	/** The earliest due date of the timers, per case. */
	private Map<String, Instant> deadline(Set<String> processInstanceIds, Collection<String> timers) {
		Map<String, Instant> earliest = new HashMap<>();
		if (timers == null) {
			return earliest;
		}
		for (String timer : timers) {
			JobQuery query = this.management.createJobQuery().timers().activityId(timer);
			// one case by its id; many by the timer alone (Camunda 7.24 writes invalid
			// SQL for
			// activityId together with processInstanceIds)
			if (processInstanceIds.size() == 1) {
				query.processInstanceId(processInstanceIds.iterator().next());
			}
			for (Job job : query.list()) {
				if (job.getDuedate() != null && processInstanceIds.contains(job.getProcessInstanceId())) {
					earliest.merge(job.getProcessInstanceId(), job.getDuedate().toInstant(),
							(a, b) -> a.isBefore(b) ? a : b);
				}
			}
		}
		return earliest;
	}

	private WaitingSteps stepsOf(String processDefinitionId) {
		return this.byDefinition.computeIfAbsent(processDefinitionId,
				(id) -> read(this.repository.getBpmnModelInstance(id)));
	}

	private static WaitingSteps read(BpmnModelInstance model) {
		Map<String, String> reasons = new HashMap<>();
		for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
			if (TaskLifecycle.WAITING_ON_APPLICANT.equals(property.getCamundaName())
					&& property.getCamundaValue() != null && !property.getCamundaValue().isBlank()
					&& property.getParentElement().getParentElement().getParentElement() instanceof FlowNode step) {
				reasons.put(step.getId(), property.getCamundaValue().strip());
			}
		}
		Map<String, Set<String>> deadlines = new HashMap<>();
		reasons.keySet().forEach((step) -> deadlines.put(step, new java.util.HashSet<>()));
		for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
			if (event.cancelActivity() && event.getAttachedTo() != null
					&& reasons.containsKey(event.getAttachedTo().getId())
					&& !event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
				deadlines.get(event.getAttachedTo().getId()).add(event.getId());
			}
		}
		return new WaitingSteps(Map.copyOf(reasons),
				deadlines.entrySet()
					.stream()
					.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> Set.copyOf(entry.getValue()))));
	}

}
