package org.pnpflow.verification;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordRegistryCheck}}: when a worker completes an outside-registry check, its
 * answer becomes a verification check of the file. An answer outside the contract is
 * refused, so the worker's completion fails and the task stays open.
 */
@Component("recordRegistryCheck")
class RecordRegistryCheck implements ExecutionListener {

	private static final Map<String, String> CHECK_TYPES = Map.of(RegistryTopics.EMPLOYER_REGISTRATION,
			"EMPLOYER_REGISTRATION", RegistryTopics.REPRESENTATIVE_LICENCE, "REPRESENTATIVE_LICENCE",
			RegistryTopics.EDUCATION_CREDENTIAL, "EDUCATION_CREDENTIAL");

	private final CaseFiles files;

	private final VerificationCheckRepository checks;

	private final ProgramClock clock;

	RecordRegistryCheck(CaseFiles files, VerificationCheckRepository checks, ProgramClock clock) {
		this.files = files;
		this.checks = checks;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			// the case moved on without the answer (a withdrawal): nothing was checked
			return;
		}
		String topic = (String) execution.getVariable(ProcessVariables.REGISTRY_TOPIC);
		if (topic == null) {
			// the multi-instance body ends: each instance has recorded its own answer
			return;
		}
		Object result = execution.getVariableLocal(ProcessVariables.REGISTRY_RESULT);
		VerificationResult verdict;
		try {
			verdict = VerificationResult.valueOf(String.valueOf(result));
		}
		catch (IllegalArgumentException invalid) {
			throw new ProcessEngineException("The answer to " + topic + " must set the local variable "
					+ ProcessVariables.REGISTRY_RESULT + " to CLEAR, CONCERN or UNABLE_TO_VERIFY, not " + result);
		}
		String evidence = text(execution, ProcessVariables.REGISTRY_EVIDENCE, topic, 4000);
		String checkedBy = text(execution, ProcessVariables.REGISTRY_CHECKED_BY, topic, 100);
		this.checks.save(new VerificationCheck(this.files.of(execution).getId(), CHECK_TYPES.getOrDefault(topic, topic),
				verdict, evidence, checkedBy, this.clock.now()));
	}

	private static String text(DelegateExecution execution, String name, String topic, int maxLength) {
		Object value = execution.getVariableLocal(name);
		if (!(value instanceof String text) || text.isBlank() || text.length() > maxLength) {
			throw new ProcessEngineException("The answer to " + topic + " must set the local variable " + name
					+ " to a text of 1 to " + maxLength + " characters");
		}
		return text;
	}

}
