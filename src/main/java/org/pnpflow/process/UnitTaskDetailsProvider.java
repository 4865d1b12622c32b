package org.pnpflow.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Writes the details (markdown) of a task that is the unit's work rather than one file's,
 * such as confirming a deposit or explaining a reconciliation: its form shows them as
 * {@code taskDetails}.
 */
public interface UnitTaskDetailsProvider {

	/** The user task ids whose forms show these details. */
	Set<String> describes();

	String details(DelegateTask task);

}
