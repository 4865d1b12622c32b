package org.pnpflow.caseview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.pnpflow.audit.AuditEvent;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.caseview.CaseFileView.LetterRow;
import org.pnpflow.caseview.CaseFileView.NoteRow;
import org.pnpflow.caseview.CaseFileView.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * One timeline of a file, newest first: the steps of every process run for it (Camunda's
 * history), its notes, its letters and, for managers, its audit trail.
 */
@Component
class Timelines {

	/** The newest audit entries the timeline shows; the audit API gives them all. */
	static final int AUDIT_ENTRIES = 200;

	/** Steps that move a case without being something that happened to the file. */
	private static final Set<String> PLUMBING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
			"eventBasedGateway", "complexGateway", "subProcess", "multiInstanceBody");

	private final HistoryService history;

	private final AuditTrail audit;

	Timelines(HistoryService history, AuditTrail audit) {
		this.history = history;
		this.audit = audit;
	}

	List<TimelineEntry> of(String fileNumber, List<NoteRow> notes, List<LetterRow> letters, boolean withAudit) {
		List<TimelineEntry> entries = new ArrayList<>(steps(fileNumber));
		notes.stream().map(TimelineEntry::note).forEach(entries::add);
		letters.stream().map(TimelineEntry::letter).forEach(entries::add);
		if (withAudit) {
			for (AuditEvent event : this.audit.newestOfFile(fileNumber, AUDIT_ENTRIES)) {
				entries.add(TimelineEntry.audit(event.getOccurredAt(), event.getAction().name(), event.getDetail(),
						event.getActor()));
			}
		}
		// newest first; what happened at the same instant, in the reverse of the order it
		// happened (steps come in the order of their occurrence)
		Collections.reverse(entries);
		entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
		return entries;
	}

	private List<TimelineEntry> steps(String fileNumber) {
		List<TimelineEntry> steps = new ArrayList<>();
		for (HistoricProcessInstance instance : this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(fileNumber)
			.orderByProcessInstanceStartTime()
			.asc()
			.list()) {
			for (HistoricActivityInstance step : this.history.createHistoricActivityInstanceQuery()
				.processInstanceId(instance.getId())
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.orderPartiallyByOccurrence()
				.asc()
				.list()) {
				if (step.getActivityName() == null || step.getActivityName().isBlank()
						|| PLUMBING.contains(step.getActivityType())) {
					continue;
				}
				steps.add(entry(step));
			}
		}
		return steps;
	}

	private static TimelineEntry entry(HistoricActivityInstance step) {
		Instant started = step.getStartTime().toInstant();
		if (step.getEndTime() == null) {
			return TimelineEntry.step(started, step.getActivityName(), step.getActivityType(), started,
					step.getAssignee(), "OPEN");
		}
		return TimelineEntry.step(step.getEndTime().toInstant(), step.getActivityName(), step.getActivityType(),
				started, step.getAssignee(), step.isCanceled() ? "CANCELLED" : "DONE");
	}

}
