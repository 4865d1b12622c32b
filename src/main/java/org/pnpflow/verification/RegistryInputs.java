package org.pnpflow.verification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * {@code ${registryInputs}}: which outside registries a file is checked against
 * ({@code topicsFor}, the collection of the multi-instance task "Check outside
 * registries"), and, as its start listener, the variables each check is given (see
 * {@link RegistryTopics} for the contract).
 */
@Component("registryInputs")
public class RegistryInputs implements ExecutionListener {

	private final CaseFiles files;

	private final PnpProperties properties;

	RegistryInputs(CaseFiles files, PnpProperties properties) {
		this.files = files;
		this.properties = properties;
		for (String topic : properties.getVerification().getRegistryTopics()) {
			if (!RegistryTopics.ALL.contains(topic)) {
				throw new IllegalArgumentException(
						"pnp.verification.registry-topics names " + topic + ", which is none of " + RegistryTopics.ALL);
			}
		}
	}

	/** The topics that apply to the file, in the configured order. */
	public List<String> topicsFor(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		List<String> topics = new ArrayList<>();
		for (String topic : this.properties.getVerification().getRegistryTopics()) {
			boolean applies = switch (topic) {
				case RegistryTopics.EMPLOYER_REGISTRATION -> file.getEmployer() != null;
				case RegistryTopics.REPRESENTATIVE_LICENCE -> file.getRepresentative() != null;
				case RegistryTopics.EDUCATION_CREDENTIAL ->
					file.getHumanCapital() != null && file.getHumanCapital().getEducationCredentialReference() != null;
				default -> throw new IllegalStateException(
						"pnp.verification.registry-topics names " + topic + ", which is none of " + RegistryTopics.ALL);
			};
			if (applies) {
				topics.add(topic);
			}
		}
		return topics;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String topic = (String) execution.getVariable(ProcessVariables.REGISTRY_TOPIC);
		if (topic == null) {
			// the multi-instance body starts: each of its instances gets its own inputs
			return;
		}
		ApplicationFile file = this.files.of(execution);
		switch (topic) {
			case RegistryTopics.EMPLOYER_REGISTRATION -> {
				execution.setVariableLocal(ProcessVariables.REGISTRY_REFERENCE, file.getEmployer().getBusinessNumber());
				execution.setVariableLocal(ProcessVariables.REGISTRY_SUBJECT, file.getEmployer().getLegalName());
			}
			case RegistryTopics.REPRESENTATIVE_LICENCE -> {
				execution.setVariableLocal(ProcessVariables.REGISTRY_REFERENCE,
						file.getRepresentative().getLicenceNumber());
				execution.setVariableLocal(ProcessVariables.REGISTRY_SUBJECT, file.getRepresentative().getFullName());
			}
			case RegistryTopics.EDUCATION_CREDENTIAL -> {
				Applicant applicant = file.getApplicant();
				execution.setVariableLocal(ProcessVariables.REGISTRY_REFERENCE,
						file.getHumanCapital().getEducationCredentialReference());
				execution.setVariableLocal(ProcessVariables.REGISTRY_SUBJECT, applicant.getFamilyName());
				execution.setVariableLocal(ProcessVariables.REGISTRY_SUBJECT_BORN,
						applicant.getDateOfBirth().toString());
			}
			default -> throw new IllegalStateException("No registry check for topic " + topic);
		}
	}

}
