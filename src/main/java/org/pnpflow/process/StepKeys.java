package org.pnpflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A key for what a step does outside the database (a letter made and emailed), the same
 * on every retry of that run of the step and different for the next run of it: the file,
 * the step, and how many runs of the step have finished before.
 */
public final class StepKeys {

	private StepKeys() {
	}

	public static String of(DelegateExecution execution, String what) {
		long finishedBefore = execution.getProcessEngineServices()
			.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.activityId(execution.getCurrentActivityId())
			.finished()
			.count();
		return execution.getProcessBusinessKey() + "/" + what + "/" + execution.getCurrentActivityId() + "/"
				+ (finishedBefore + 1);
	}

}
