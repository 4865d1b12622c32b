package org.pnpflow.process;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Outcome;

/**
 * Told, in the engine's transaction, when a file reaches a task, leaves it, starts or
 * stops waiting on the applicant, and is concluded: what the service-time reports count.
 */
public interface CaseTimeline {

	/** A user task of the file was created; {@code stage} is its name. */
	void taskCreated(ApplicationFile file, String taskId, String taskKey, String stage);

	/**
	 * The file's user task ended: completed, or cancelled when {@code completed} is
	 * false.
	 */
	void taskEnded(ApplicationFile file, String taskId, String taskKey, boolean completed);

	/** The file started waiting on the applicant for the reason. */
	void waitingStarted(ApplicationFile file, String reason);

	/** The file stopped waiting on the applicant for the reason. */
	void waitingEnded(ApplicationFile file, String reason);

	/** The file was given its outcome. */
	void concluded(ApplicationFile file, Outcome outcome);

}
