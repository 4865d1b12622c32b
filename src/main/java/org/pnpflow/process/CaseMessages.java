package org.pnpflow.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What a file's case waits for from outside, and handing it over: messages are correlated
 * by the file number, the business key of every process about the file.
 */
@Component
public class CaseMessages {

	private final RuntimeService runtime;

	CaseMessages(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** Whether a process of the file waits for the message now. */
	public boolean isWaitingFor(String fileNumber, String message) {
		return this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(fileNumber)
			.messageEventSubscriptionName(message)
			.count() > 0;
	}

	/** Hands the message to the process of the file waiting for it. */
	public void correlate(String fileNumber, String message) {
		this.runtime.createMessageCorrelation(message).processInstanceBusinessKey(fileNumber).correlate();
	}

}
