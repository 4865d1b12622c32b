package org.pnpflow.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * What a person submitted to complete a task cannot be accepted. The message is shown to
 * them as it is, so it says what to change. Nothing of the completion is kept.
 */
public class TaskInputException extends ProcessEngineException {

	public TaskInputException(String message) {
		super(message);
	}

}
