package org.pnpflow.registers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pnpflow.process.ProgramClock;
import org.pnpflow.verification.RegistryTopics;
import org.pnpflow.verification.VerificationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks what an application says against the program's own registers, with the result
 * and evidence the {@link RegistryTopics} contract asks for: not in the register is
 * {@code UNABLE_TO_VERIFY}; in the register but not in good standing, past its date, or
 * under another name is a {@code CONCERN}, with every reason; otherwise {@code CLEAR},
 * with what matched. A register that cannot be read throws: that is a failure to retry,
 * not a finding.
 */
@Service
@Transactional(readOnly = true)
public class RegisterLookups {

	/** Who checked, for employers. */
	public static final String EMPLOYER_REGISTER = "Program employer register (local copy)";

	/** Who checked, for representatives. */
	public static final String REPRESENTATIVE_REGISTER = "Program representative register (local copy)";

	/** Who checked, for education credential assessments. */
	public static final String EDUCATION_CREDENTIAL_REGISTER = "Program education credential register (local copy)";

	private final EmployerRegisterRepository employers;

	private final RepresentativeRegisterRepository representatives;

	private final EducationCredentialRegisterRepository credentials;

	private final ProgramClock clock;

	RegisterLookups(EmployerRegisterRepository employers, RepresentativeRegisterRepository representatives,
			EducationCredentialRegisterRepository credentials, ProgramClock clock) {
		this.employers = employers;
		this.representatives = representatives;
		this.credentials = credentials;
		this.clock = clock;
	}

	/**
	 * The check of one topic of {@link RegistryTopics}, with its input variables as an
	 * external task carries them.
	 * @param topic one of {@link RegistryTopics#ALL}
	 * @param reference the {@code registryReference}
	 * @param subject the {@code registrySubject}
	 * @param subjectBorn the {@code registrySubjectBorn}, {@code yyyy-MM-dd} (education
	 * credentials only, otherwise ignored)
	 * @return what the register says
	 * @throws IllegalArgumentException for a topic that is not in the contract
	 */
	public RegistryFinding check(String topic, String reference, String subject, String subjectBorn) {
		return switch (topic) {
			case RegistryTopics.EMPLOYER_REGISTRATION -> employer(reference, subject);
			case RegistryTopics.REPRESENTATIVE_LICENCE -> representative(reference, subject);
			case RegistryTopics.EDUCATION_CREDENTIAL -> educationCredential(reference, subject, subjectBorn);
			default -> throw new IllegalArgumentException(
					"No register serves the topic " + topic + "; the topics are " + RegistryTopics.ALL);
		};
	}

	/**
	 * Is the business registered, active, under this legal name? The operating name the
	 * register knows counts as a match too.
	 */
	public RegistryFinding employer(String businessNumber, String legalName) {
		Register register = Register.EMPLOYERS;
		Optional<EmployerRegistration> found = find(register, businessNumber, this.employers);
		if (found.isEmpty()) {
			return notFound(register, businessNumber, EMPLOYER_REGISTER);
		}
		EmployerRegistration employer = found.get();
		Reasons reasons = new Reasons();
		if (employer.getStatus() != EmployerRegistration.Status.ACTIVE) {
			reasons.concern("the register lists the business as " + employer.getStatus());
		}
		String matched = null;
		if (blank(legalName)) {
			reasons.unverifiable("the application gives no legal name to compare");
		}
		else if (Names.sameBusiness(legalName, employer.getLegalName())) {
			matched = "The legal name on the application matches.";
		}
		else if (employer.getOperatingName() != null && Names.sameBusiness(legalName, employer.getOperatingName())) {
			matched = "The name on the application, \"" + legalName.trim()
					+ "\", is the business's operating name; its legal name is \"" + employer.getLegalName() + "\".";
		}
		else {
			reasons.concern("the legal name on the application, \"" + legalName.trim()
					+ "\", is not the name the register holds");
		}
		String entry = "Business number " + employer.getReference() + " is in the employer register: "
				+ employer.getLegalName()
				+ (employer.getOperatingName() == null ? "" : " (operating as " + employer.getOperatingName() + ")")
				+ ", " + employer.getStatus() + ", " + employer.getProvince() + "; " + updated(employer) + ".";
		return reasons.finding(entry, matched, EMPLOYER_REGISTER);
	}

	/**
	 * Is the representative licensed, in good standing and within the licence's dates,
	 * under this name (in any order of the names)?
	 */
	public RegistryFinding representative(String licenceNumber, String fullName) {
		Register register = Register.REPRESENTATIVES;
		Optional<RepresentativeLicence> found = find(register, licenceNumber, this.representatives);
		if (found.isEmpty()) {
			return notFound(register, licenceNumber, REPRESENTATIVE_REGISTER);
		}
		RepresentativeLicence licence = found.get();
		Reasons reasons = new Reasons();
		if (licence.getStatus() != RepresentativeLicence.Status.ACTIVE) {
			reasons.concern("the regulator lists the licence as " + licence.getStatus());
		}
		LocalDate today = this.clock.today();
		if (licence.getValidUntil() != null && licence.getValidUntil().isBefore(today)) {
			reasons.concern("the licence expired on " + licence.getValidUntil());
		}
		String matched = null;
		if (blank(fullName)) {
			reasons.unverifiable("the application gives no representative's name to compare");
		}
		else if (Names.samePerson(fullName, licence.getFullName())) {
			matched = "The representative's name on the application matches.";
		}
		else {
			reasons.concern("the representative's name on the application, \"" + fullName.trim()
					+ "\", is not the licence holder's");
		}
		String entry = "Licence " + licence.getReference() + " is in the representative register: "
				+ licence.getFullName() + ", " + licence.getRegulator() + ", " + licence.getStatus() + ", "
				+ (licence.getValidUntil() == null ? "no end date" : "valid until " + licence.getValidUntil()) + "; "
				+ updated(licence) + ".";
		return reasons.finding(entry, matched, REPRESENTATIVE_REGISTER);
	}

	/**
	 * Is the assessment on record, valid, and the applicant's (family name and date of
	 * birth)?
	 * @param reference the assessment's reference
	 * @param familyName the applicant's family name
	 * @param born the applicant's date of birth, {@code yyyy-MM-dd}
	 * @return what the register says
	 */
	public RegistryFinding educationCredential(String reference, String familyName, String born) {
		Register register = Register.EDUCATION_CREDENTIALS;
		Optional<EducationCredential> found = find(register, reference, this.credentials);
		if (found.isEmpty()) {
			return notFound(register, reference, EDUCATION_CREDENTIAL_REGISTER);
		}
		EducationCredential credential = found.get();
		Reasons reasons = new Reasons();
		if (credential.getStatus() != EducationCredential.Status.VALID) {
			reasons.concern("the issuing organisation lists the assessment as " + credential.getStatus());
		}
		List<String> matched = new ArrayList<>();
		if (blank(familyName)) {
			reasons.unverifiable("the application gives no family name to compare");
		}
		else if (Names.sameFamilyName(familyName, credential.getHolderFamilyName())) {
			matched.add("family name");
		}
		else {
			reasons
				.concern("the assessment is of " + credential.getHolderFamilyName() + ", not of " + familyName.trim());
		}
		LocalDate dateOfBirth = date(born);
		if (blank(born)) {
			reasons.unverifiable("the application gives no date of birth to compare");
		}
		else if (dateOfBirth == null) {
			reasons.unverifiable("the date of birth given, \"" + born.trim() + "\", is not a date yyyy-MM-dd");
		}
		else if (dateOfBirth.equals(credential.getHolderDateOfBirth())) {
			matched.add("date of birth");
		}
		else {
			reasons.concern("the holder of the assessment was born on " + credential.getHolderDateOfBirth()
					+ ", the applicant on " + dateOfBirth);
		}
		String entry = "Assessment " + credential.getReference() + " is in the education credential register: "
				+ credential.getCredential() + " (" + credential.getLevel() + "), issued by " + credential.getIssuedBy()
				+ ", " + credential.getStatus() + "; " + updated(credential) + ".";
		String match = matched.isEmpty() ? null
				: "The applicant's " + String.join(" and ", matched) + (matched.size() > 1 ? " match." : " matches.");
		return reasons.finding(entry, match, EDUCATION_CREDENTIAL_REGISTER);
	}

	private static <E extends RegisterEntry> Optional<E> find(Register register, String reference,
			RegisterRepository<E> repository) {
		String normalised = register.normalise(reference);
		return normalised.isEmpty() ? Optional.empty() : repository.findByReference(normalised);
	}

	private static RegistryFinding notFound(Register register, String reference, String checkedBy) {
		String evidence = blank(reference)
				? "The application gives no " + register.referenceName() + " to look up in the " + register.title()
						+ "."
				: "No " + register.referenceName() + " " + reference.trim() + " in the " + register.title() + ".";
		return new RegistryFinding(VerificationResult.UNABLE_TO_VERIFY, evidence, checkedBy);
	}

	private String updated(RegisterEntry entry) {
		return "entry updated " + LocalDate.ofInstant(entry.getUpdatedAt(), this.clock.zone()) + " by "
				+ entry.getUpdatedBy();
	}

	private static LocalDate date(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * Why an entry does not clear the file: concerns outweigh what could not be compared.
	 */
	private static final class Reasons {

		private final List<String> concerns = new ArrayList<>();

		private final List<String> unverifiable = new ArrayList<>();

		void concern(String reason) {
			this.concerns.add(reason);
		}

		void unverifiable(String reason) {
			this.unverifiable.add(reason);
		}

		RegistryFinding finding(String entry, String matched, String checkedBy) {
			StringBuilder evidence = new StringBuilder(entry);
			if (!this.concerns.isEmpty()) {
				evidence.append(" Concern: ").append(String.join("; ", this.concerns)).append('.');
			}
			if (!this.unverifiable.isEmpty()) {
				evidence.append(" Not verified: ").append(String.join("; ", this.unverifiable)).append('.');
			}
			if (matched != null) {
				evidence.append(' ').append(matched);
			}
			VerificationResult result = !this.concerns.isEmpty() ? VerificationResult.CONCERN
					: !this.unverifiable.isEmpty() ? VerificationResult.UNABLE_TO_VERIFY : VerificationResult.CLEAR;
			return new RegistryFinding(result, evidence.toString(), checkedBy);
		}

	}

}
