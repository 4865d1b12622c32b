package org.pnpflow.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.HumanCapital;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The officer recommends nomination or refusal, with reasons: after the first assessment,
 * and again after the applicant had their say on a procedural fairness letter. The form
 * shows the stream's criteria and, on a scored stream, the points grid; a nomination
 * needs the criteria confirmed and, on a scored stream, the pass mark reached.
 */
@Component
@Order(5)
class AssessEligibilityTask implements TaskCompletionHandler, TaskDetailsProvider {

	static final String ASSESS = "UserTask_AssessEligibility";

	static final String FINAL = "UserTask_MakeFinalRecommendation";

	private final Recommendations recommendations;

	private final PointsGrid pointsGrid;

	private final PnpProperties properties;

	private final ProgramClock clock;

	AssessEligibilityTask(Recommendations recommendations, PointsGrid pointsGrid, PnpProperties properties,
			ProgramClock clock) {
		this.recommendations = recommendations;
		this.pointsGrid = pointsGrid;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(ASSESS, FINAL);
	}

	@Override
	public Set<String> describes() {
		return Set.of(ASSESS, FINAL, "UserTask_SignOffRecommendation");
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("recommendationReasons", "criteriaConfirmed");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		StringBuilder md = new StringBuilder();
		List<String> criteria = criteriaOf(file);
		if (!criteria.isEmpty()) {
			md.append("#### Criteria of the stream\n\n");
			for (int i = 0; i < criteria.size(); i++) {
				md.append(i + 1).append(". ").append(Markdown.text(criteria.get(i))).append("\n");
			}
			md.append("\n");
		}
		points(file).ifPresent((result) -> md.append("#### Points grid\n\n")
			.append(result.markdown())
			.append("\n\n")
			.append(result.passes() ? "The file reaches the pass mark.\n\n"
					: "**The file is below the pass mark: it cannot be recommended for nomination.**\n\n"));
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Recommendation.Kind kind = completion.choice("recommendation", "a recommendation", Recommendation.Kind.class);
		String reasons = completion.requiredText("recommendationReasons", "The reasons for the recommendation", 4000);
		boolean workPermitSupport = kind == Recommendation.Kind.NOMINATE
				&& completion.flag(ProcessVariables.WORK_PERMIT_SUPPORT_REQUESTED);
		Optional<PointsResult> points = points(file);
		List<String> criteria = criteriaOf(file);
		boolean confirmed = completion.flag("criteriaConfirmed");
		if (kind == Recommendation.Kind.NOMINATE) {
			if (!criteria.isEmpty() && !confirmed) {
				throw new TaskInputException(
						"A nomination needs every criterion of the stream confirmed: tick \"All criteria are met\".");
			}
			if (points.isPresent() && !points.get().passes()) {
				throw new TaskInputException(
						"The file scores " + points.get().total() + " points, below the pass mark of "
								+ points.get().passMark() + ": it cannot be recommended for nomination.");
			}
		}
		Recommendation recommendation = this.recommendations.record(file, kind, reasons, workPermitSupport,
				completion.userId());
		recommendation.assessedWith(points.map(PointsResult::total).orElse(null),
				points.map(PointsResult::passMark).orElse(null),
				confirmed && !criteria.isEmpty() ? String.join("; ", criteria) : null);
		completion.route(ProcessVariables.WORK_PERMIT_SUPPORT_REQUESTED, workPermitSupport);
	}

	private List<String> criteriaOf(ApplicationFile file) {
		PnpProperties.Stream stream = this.properties.getStreams().get(file.getStream());
		return stream == null ? List.of() : stream.getCriteria();
	}

	private Optional<PointsResult> points(ApplicationFile file) {
		if (!this.pointsGrid.isScored(file.getStream())) {
			return Optional.empty();
		}
		HumanCapital facts = file.getHumanCapital();
		LocalDate received = LocalDate.ofInstant(file.getReceivedAt(), this.clock.zone());
		int age = Period.between(file.getApplicant().getDateOfBirth(), received).getYears();
		PointsFacts pointsFacts = facts == null ? new PointsFacts(age, null, null, null, false, null)
				: new PointsFacts(age, facts.getEducationLevel(), facts.getLanguageBenchmark(),
						facts.getExperienceYears(), facts.hasJobOffer(), facts.getProvincialConnection());
		return this.pointsGrid.score(file.getStream(), pointsFacts);
	}

}
