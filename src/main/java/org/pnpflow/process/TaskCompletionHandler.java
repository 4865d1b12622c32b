package org.pnpflow.process;

import java.util.Set;

/**
 * Checks and records what a person decided in one kind of user task, on the server,
 * whatever client completed the task. One handler per task of the BPMN.
 */
public interface TaskCompletionHandler {

	/** The user task ids of the BPMN this handler serves. */
	Set<String> completes();

	/**
	 * Names of the submitted fields that carry free text or personal facts: after the
	 * handler has stored them on the file they are removed from the process and never
	 * reach history.
	 */
	Set<String> recordedInputs();

	/**
	 * Validates the submission and records it on the file. Throws
	 * {@link TaskInputException} with a message the person can act on when something is
	 * wrong.
	 */
	void complete(TaskCompletion completion);

}
