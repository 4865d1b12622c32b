package org.pnpflow.publicstatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Outcome;
import org.pnpflow.process.ApplicantWaits;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * Works out where a file stands as the applicant is told: from the file's outcome once it
 * has one, otherwise from the steps of its case in Camunda's history (which needs a
 * history level of at least {@code activity}): a step that waits for the applicant, or
 * whether the case has passed the steps of {@code pnp.public-status.in-progress-after}.
 */
@Component
class StatusReader {

	private final PublicStatusProperties properties;

	private final HistoryService history;

	private final ApplicantWaits applicantWaits;

	private final ProgramClock clock;

	StatusReader(PublicStatusProperties properties, HistoryService history, ApplicantWaits waits, ProgramClock clock) {
		this.properties = properties;
		this.history = history;
		this.applicantWaits = waits;
		this.clock = clock;
	}

	PublicStatus of(ApplicationFile file) {
		Outcome outcome = file.getOutcome();
		if (outcome != null) {
			return concluded(file, outcome);
		}
		List<HistoricActivityInstance> steps = file.getProcessInstanceId() == null ? List.of()
				: this.history.createHistoricActivityInstanceQuery()
					.processInstanceId(file.getProcessInstanceId())
					.list();
		Set<String> waits = this.properties.getWaits().keySet();
		List<HistoricActivityInstance> waiting = steps.stream()
			.filter((step) -> step.getEndTime() == null && waits.contains(step.getActivityId()))
			.toList();
		if (!waiting.isEmpty()) {
			List<PublicStatus.Waiting> asked = new ArrayList<>();
			for (HistoricActivityInstance step : waiting) {
				PnpProperties.Named what = this.properties.getWaits().get(step.getActivityId());
				asked.add(new PublicStatus.Waiting(what.getName(), what.getNameFr(), deadline(step).orElse(null)));
			}
			Instant since = waiting.stream()
				.map((step) -> step.getStartTime().toInstant())
				.max(Comparator.naturalOrder())
				.orElseThrow();
			return answer(file, PublicStatus.Standing.WAITING_FOR_YOU, null, "WAITING_FOR_YOU", asked, since);
		}
		Optional<Instant> answered = latestEnd(steps, waits);
		Optional<Instant> inProgressSince = latestEnd(steps, this.properties.getInProgressAfter());
		PublicStatus.Standing standing = inProgressSince.isPresent() ? PublicStatus.Standing.IN_PROGRESS
				: PublicStatus.Standing.RECEIVED;
		Instant since = Stream.of(Optional.of(file.getReceivedAt()), answered, inProgressSince)
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		return answer(file, standing, null, standing.name(), null, since);
	}

	private PublicStatus concluded(ApplicationFile file, Outcome outcome) {
		return switch (outcome) {
			case NOMINATED, REFUSED ->
				answer(file, PublicStatus.Standing.DECIDED, outcome.name(), outcome.name(), null, file.getDecidedAt());
			case WITHDRAWN ->
				answer(file, PublicStatus.Standing.WITHDRAWN, null, "WITHDRAWN", null, file.getClosedAt());
			default -> answer(file, PublicStatus.Standing.CLOSED, null, "CLOSED", null, file.getClosedAt());
		};
	}

	private PublicStatus answer(ApplicationFile file, PublicStatus.Standing standing, String decision, String text,
			List<PublicStatus.Waiting> waitingFor, Instant since) {
		PnpProperties.Named words = this.properties.getTexts().get(text);
		if (words == null) {
			throw new IllegalStateException("pnp.public-status.texts has no " + text);
		}
		return new PublicStatus(file.getFileNumber().value(), standing, decision, words.getName(), words.getNameFr(),
				waitingFor, since == null ? null : LocalDate.ofInstant(since, this.clock.zone()));
	}

	/** The day the waiting step's deadline falls on. */
	private Optional<LocalDate> deadline(HistoricActivityInstance step) {
		return this.applicantWaits
			.deadlineOf(step.getProcessDefinitionId(), step.getProcessInstanceId(), step.getActivityId())
			.map((due) -> LocalDate.ofInstant(due, this.clock.zone()));
	}

	/** When the last of these steps that has finished finished. */
	private static Optional<Instant> latestEnd(List<HistoricActivityInstance> steps, Collection<String> activityIds) {
		return steps.stream()
			.filter((step) -> step.getEndTime() != null && activityIds.contains(step.getActivityId()))
			.map((step) -> step.getEndTime().toInstant())
			.max(Comparator.naturalOrder());
	}

}
