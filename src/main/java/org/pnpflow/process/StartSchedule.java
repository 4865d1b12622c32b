package org.pnpflow.process;

/**
 * The configured cycle of a timer-started process. {@link StartTimers} puts the process's
 * start timer on it at every start-up. Implementations must depend on nothing: the engine
 * reads the cycle while it is being built.
 */
public interface StartSchedule {

	/** The key of the process the timer starts. */
	String processKey();

	/** A Camunda cron expression with seconds. */
	String getCycle();

}
