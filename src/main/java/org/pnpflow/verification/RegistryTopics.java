package org.pnpflow.verification;

import java.util.List;

/**
 * The outside registries a file is checked against, one Camunda external-task topic each.
 * A worker (ours, or one a province writes to reach the real registry) fetches and locks
 * tasks of a topic from {@code /engine-rest/external-task/fetchAndLock} and answers with
 * local variables.
 *
 * <p>
 * Given (variables of the task's execution): {@code fileNumber};
 * {@code registryReference} (the employer's 9-digit business number, the representative's
 * licence number, or the education credential assessment reference);
 * {@code registrySubject} (the employer's legal name, the representative's full name, or
 * the applicant's family name); {@code registrySubjectBorn} (yyyy-MM-dd, education
 * credentials only: the applicant's date of birth).
 *
 * <p>
 * Answered (local variables on completion): {@code registryResult} = CLEAR, CONCERN or
 * UNABLE_TO_VERIFY; {@code registryEvidence} (1 to 4000 characters: what was found);
 * {@code registryCheckedBy} (1 to 100 characters: which registry or worker checked).
 *
 * <p>
 * A worker that cannot reach its registry reports a failure with one retry fewer each
 * time and a retry timeout; at zero retries the engine raises an incident, shown in
 * Cockpit, where setting retries again resumes the check.
 */
public final class RegistryTopics {

	public static final String EMPLOYER_REGISTRATION = "verify-employer-registration";

	public static final String REPRESENTATIVE_LICENCE = "verify-representative-licence";

	public static final String EDUCATION_CREDENTIAL = "verify-education-credential";

	public static final List<String> ALL = List.of(EMPLOYER_REGISTRATION, REPRESENTATIVE_LICENCE, EDUCATION_CREDENTIAL);

	private RegistryTopics() {
	}

}
