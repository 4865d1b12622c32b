package org.pnpflow.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkDocuments}}: checks the file's documents against its checklist; intake
 * sees the result in the completeness task that follows.
 */
@Component("checkDocuments")
class CheckDocumentsDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final DocumentChecks checks;

	CheckDocumentsDelegate(CaseFiles files, DocumentChecks checks) {
		this.files = files;
		this.checks = checks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		boolean complete = this.checks.check(file).stream().noneMatch(ChecklistItem::isOutstanding);
		execution.setVariable(ProcessVariables.DOCUMENTS_COMPLETE, complete);
		execution.setVariable(ProcessVariables.FLAGS, String.join(", ", file.getFlags()));
	}

}
