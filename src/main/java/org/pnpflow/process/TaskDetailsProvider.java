package org.pnpflow.process;

import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;

/**
 * Writes the part of a task's form that is specific to it (markdown): the fee and
 * payments, the checklist, the verification results, the recommendation to sign off, ...
 */
public interface TaskDetailsProvider {

	/** The user task ids whose forms show these details. */
	Set<String> describes();

	String details(ApplicationFile file, String taskKey);

}
