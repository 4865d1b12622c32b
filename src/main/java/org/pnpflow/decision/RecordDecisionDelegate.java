package org.pnpflow.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Outcome;
import org.pnpflow.fees.Refunds;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.CaseTimeline;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.verification.MisrepresentationBans;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordDecision}} with the input {@code decisionOutcome} (NOMINATED or
 * REFUSED), and {@code ${closeFile}} with {@code closureOutcome} (WITHDRAWN or
 * CLOSED_INCOMPLETE, CLOSED_NO_REPLY): records how processing of the file ended. A
 * refusal after program integrity found misrepresentation also bars the person from
 * applying again.
 */
@Component("recordDecision")
class RecordDecisionDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final ProgramClock clock;

	private final MisrepresentationBans bans;

	private final Refunds refunds;

	private final CaseTimeline timeline;

	RecordDecisionDelegate(CaseFiles files, MisrepresentationBans bans, Refunds refunds, ProgramClock clock,
			CaseTimeline timeline) {
		this.files = files;
		this.timeline = timeline;
		this.bans = bans;
		this.refunds = refunds;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String input = execution.hasVariableLocal(ProcessVariables.DECISION_OUTCOME) ? ProcessVariables.DECISION_OUTCOME
				: ProcessVariables.CLOSURE_OUTCOME;
		Object value = execution.getVariableLocal(input);
		if (value == null) {
			throw new IllegalStateException(
					execution.getCurrentActivityId() + " needs the input parameter decisionOutcome or closureOutcome");
		}
		Outcome outcome = Outcome.valueOf(value.toString());
		ApplicationFile file = this.files.of(execution);
		file.conclude(outcome, this.clock.now());
		this.timeline.concluded(file, outcome);
		if (outcome == Outcome.REFUSED
				&& Boolean.TRUE.equals(execution.getVariable(ProcessVariables.MISREPRESENTATION_FOUND))) {
			this.bans.imposeOn(file);
		}
		this.refunds.onOutcome(file, outcome);
		execution.setVariable(ProcessVariables.OUTCOME, outcome.name());
	}

}
