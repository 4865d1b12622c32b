package org.pnpflow.assessment;

import java.util.Set;

import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.springframework.stereotype.Component;

/**
 * The officer recommends nomination or refusal, with reasons: after the first assessment,
 * and again after the applicant had their say on a procedural fairness letter.
 */
@Component
class AssessEligibilityTask implements TaskCompletionHandler {

	static final String ASSESS = "UserTask_AssessEligibility";

	static final String FINAL = "UserTask_MakeFinalRecommendation";

	private final Recommendations recommendations;

	AssessEligibilityTask(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@Override
	public Set<String> completes() {
		return Set.of(ASSESS, FINAL);
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("recommendationReasons");
	}

	@Override
	public void complete(TaskCompletion completion) {
		Recommendation.Kind kind = completion.choice("recommendation", "a recommendation", Recommendation.Kind.class);
		String reasons = completion.requiredText("recommendationReasons", "The reasons for the recommendation", 4000);
		boolean workPermitSupport = kind == Recommendation.Kind.NOMINATE
				&& completion.flag(ProcessVariables.WORK_PERMIT_SUPPORT_REQUESTED);
		this.recommendations.record(completion.file(), kind, reasons, workPermitSupport, completion.userId());
		completion.route(ProcessVariables.WORK_PERMIT_SUPPORT_REQUESTED, workPermitSupport);
	}

}
