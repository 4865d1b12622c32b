package org.pnpflow.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.springframework.stereotype.Component;

/**
 * Finds the file a process step works on, from the {@code applicationId} variable.
 */
@Component
public class CaseFiles {

	private final ApplicationFileRepository files;

	CaseFiles(ApplicationFileRepository files) {
		this.files = files;
	}

	public ApplicationFile of(VariableScope scope) {
		Long id = (Long) scope.getVariable(ProcessVariables.APPLICATION_ID);
		return this.files.findById(id).orElseThrow(() -> new IllegalStateException("No file with id " + id));
	}

}
