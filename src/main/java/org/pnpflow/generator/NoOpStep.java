package org.pnpflow.generator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A service step that does nothing: the engine floor's stand-in for every real step. */
public class NoOpStep implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		// the cost of the engine alone: no work of the step's own
	}

}
