package org.pnpflow.registers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pnpflow.process.ProcessVariables;
import org.pnpflow.verification.RegistryTopics;
import org.pnpflow.verification.VerificationResult;

/**
 * What a check against a register found: the result, the evidence in sentences a program
 * officer reads (at most {@value #EVIDENCE_MAX_LENGTH} characters), and which register
 * answered (at most {@value #CHECKED_BY_MAX_LENGTH}), as {@link RegistryTopics} asks of
 * every worker.
 *
 * @param result the result of the check
 * @param evidence what was found
 * @param checkedBy who or what checked
 */
public record RegistryFinding(VerificationResult result, String evidence, String checkedBy) {

	/** The longest evidence a file keeps. */
	public static final int EVIDENCE_MAX_LENGTH = 4000;

	/** The longest "checked by" a file keeps. */
	public static final int CHECKED_BY_MAX_LENGTH = 100;

	public RegistryFinding {
		if (evidence.length() > EVIDENCE_MAX_LENGTH) {
			evidence = evidence.substring(0, EVIDENCE_MAX_LENGTH - 1) + "…";
		}
		if (checkedBy.length() > CHECKED_BY_MAX_LENGTH) {
			checkedBy = checkedBy.substring(0, CHECKED_BY_MAX_LENGTH);
		}
	}

	/**
	 * The finding as the local variables a worker completes the external task with
	 * ({@code registryResult}, {@code registryEvidence}, {@code registryCheckedBy}).
	 */
	public Map<String, Object> asVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(ProcessVariables.REGISTRY_RESULT, this.result.name());
		variables.put(ProcessVariables.REGISTRY_EVIDENCE, this.evidence);
		variables.put(ProcessVariables.REGISTRY_CHECKED_BY, this.checkedBy);
		return variables;
	}

}
