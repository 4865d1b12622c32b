package org.pnpflow.revenue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${publishReconciliation}}: marks the run's reconciliations RECONCILED, every
 * variance explained.
 */
@Component("publishReconciliation")
class PublishReconciliationDelegate implements JavaDelegate {

	private final Reconciliations reconciliations;

	PublishReconciliationDelegate(Reconciliations reconciliations) {
		this.reconciliations = reconciliations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reconciliations
			.publish(ReconciliationVariables.ids(execution.getVariable(ReconciliationVariables.RECONCILIATION_IDS)));
	}

}
