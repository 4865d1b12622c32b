package org.pnpflow.revenue;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * {@code ${reconcileDay}}: reconciles the periods due today (yesterday, the day whose
 * deposit window has just closed, and on the 1st the month just ended) and says how many
 * variances wait for an explanation.
 */
@Component("reconcileDay")
class ReconcileDayDelegate implements JavaDelegate {

	private final Reconciliations reconciliations;

	private final ProgramClock clock;

	ReconcileDayDelegate(Reconciliations reconciliations, ProgramClock clock) {
		this.reconciliations = reconciliations;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<Long> ids = new ArrayList<>();
		int unexplained = 0;
		for (Period period : this.reconciliations.periodsDue(this.clock.today())) {
			Reconciliation reconciliation = this.reconciliations.reconcile(period);
			ids.add(reconciliation.getId());
			unexplained += reconciliation.getUnexplainedCount();
		}
		execution.setVariable(ReconciliationVariables.RECONCILIATION_IDS, ReconciliationVariables.ids(ids));
		execution.setVariable(ReconciliationVariables.UNEXPLAINED_VARIANCES, unexplained);
	}

}
