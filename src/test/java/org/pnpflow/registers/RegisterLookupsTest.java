package org.pnpflow.registers;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.verification.RegistryTopics;
import org.pnpflow.verification.VerificationResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each register says of what an application gives: clear, not found, not in good
 * standing, past its date, under another name.
 */
@SpringBootTest
@ActiveProfiles("test")
class RegisterLookupsTest {

	@Autowired
	RegisterLookups lookups;

	@Autowired
	EmployerRegisterRepository employers;

	@Autowired
	RepresentativeRegisterRepository representatives;

	@Autowired
	EducationCredentialRegisterRepository credentials;

	@Autowired
	ProgramClock clock;

	@Test
	void activeEmployerUnderItsLegalNameIsClear() {
		String number = employer("Northern Lights Software Inc.", "Northern Lights",
				EmployerRegistration.Status.ACTIVE);
		RegistryFinding finding = this.lookups.employer(number, "NORTHERN LIGHTS SOFTWARE, Inc");
		assertThat(finding.result()).isEqualTo(VerificationResult.CLEAR);
		assertThat(finding.evidence()).startsWith("Business number " + number + " is in the employer register")
			.contains("Northern Lights Software Inc. (operating as Northern Lights), ACTIVE, ON")
			.contains("entry updated " + this.clock.today() + " by integrity")
			.endsWith("The legal name on the application matches.");
		assertThat(finding.checkedBy()).isEqualTo("Program employer register (local copy)");
		String spaced = number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
		assertThat(this.lookups.employer(spaced + " RT0001", "Northern Lights Software Ltd.").result())
			.isEqualTo(VerificationResult.CLEAR);
		assertThat(this.lookups.employer(number, "Northern Lights").evidence())
			.contains("is the business's operating name");
	}

	@Test
	void employerNotInTheRegisterCannotBeVerified() {
		RegistryFinding finding = this.lookups.employer("987000321", "Anyone Ltd.");
		assertThat(finding.result()).isEqualTo(VerificationResult.UNABLE_TO_VERIFY);
		assertThat(finding.evidence()).isEqualTo("No business number 987000321 in the employer register.");
		assertThat(this.lookups.employer(null, "Anyone Ltd.").evidence())
			.isEqualTo("The application gives no business number to look up in the employer register.");
	}

	@Test
	void dissolvedEmployerIsAConcern() {
		String number = employer("Prairie Grain Processing Ltd.", null, EmployerRegistration.Status.DISSOLVED);
		RegistryFinding finding = this.lookups.employer(number, "Prairie Grain Processing Ltd.");
		assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
		assertThat(finding.evidence()).contains("Concern: the register lists the business as DISSOLVED.");
	}

	@Test
	void employerUnderAnotherNameIsAConcern() {
		String number = employer("Prairie Grain Processing Ltd.", "Prairie Grain", EmployerRegistration.Status.ACTIVE);
		RegistryFinding finding = this.lookups.employer(number, "Prairie Logistics Ltd.");
		assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
		assertThat(finding.evidence()).contains(
				"Concern: the legal name on the application, \"Prairie Logistics Ltd.\", is not the name the register holds.");
	}

	@Test
	void licensedRepresentativeIsClearWhateverTheOrderOfTheirNames() {
		String licence = representative("Haddad, Omar", RepresentativeLicence.Status.ACTIVE,
				this.clock.today().plusYears(1));
		RegistryFinding finding = this.lookups.representative(licence.toLowerCase(), "Omar Haddad");
		assertThat(finding.result()).isEqualTo(VerificationResult.CLEAR);
		assertThat(finding.evidence()).startsWith("Licence " + licence + " is in the representative register")
			.contains("CICC, ACTIVE, valid until " + this.clock.today().plusYears(1))
			.endsWith("The representative's name on the application matches.");
		assertThat(finding.checkedBy()).isEqualTo("Program representative register (local copy)");
		String lastDay = representative("Ana Lima", RepresentativeLicence.Status.ACTIVE, this.clock.today());
		assertThat(this.lookups.representative(lastDay, "Ana Lima").result()).isEqualTo(VerificationResult.CLEAR);
		String noEnd = representative("Ana Lima", RepresentativeLicence.Status.ACTIVE, null);
		assertThat(this.lookups.representative(noEnd, "Ana Lima").evidence()).contains("no end date");
	}

	@Test
	void unknownLicenceCannotBeVerified() {
		RegistryFinding finding = this.lookups.representative("R000000", "Omar Haddad");
		assertThat(finding.result()).isEqualTo(VerificationResult.UNABLE_TO_VERIFY);
		assertThat(finding.evidence()).isEqualTo("No licence number R000000 in the representative register.");
	}

	@Test
	void suspendedOrExpiredLicenceIsAConcern() {
		String suspended = representative("Omar Haddad", RepresentativeLicence.Status.SUSPENDED, null);
		assertThat(this.lookups.representative(suspended, "Omar Haddad")).satisfies((finding) -> {
			assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
			assertThat(finding.evidence()).contains("Concern: the regulator lists the licence as SUSPENDED.");
		});
		LocalDate yesterday = this.clock.today().minusDays(1);
		String expired = representative("Omar Haddad", RepresentativeLicence.Status.ACTIVE, yesterday);
		assertThat(this.lookups.representative(expired, "Omar Haddad")).satisfies((finding) -> {
			assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
			assertThat(finding.evidence()).contains("Concern: the licence expired on " + yesterday + ".");
		});
	}

	@Test
	void representativeUnderAnotherNameIsAConcern() {
		String licence = representative("Omar Haddad", RepresentativeLicence.Status.ACTIVE, null);
		RegistryFinding finding = this.lookups.representative(licence, "Omar Hadad");
		assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
		assertThat(finding.evidence()).contains("\"Omar Hadad\", is not the licence holder's");
	}

	@Test
	void applicantsValidAssessmentIsClear() {
		String reference = credential("Okafor", LocalDate.of(1991, 4, 12), EducationCredential.Status.VALID);
		RegistryFinding finding = this.lookups.educationCredential(reference, "OKAFOR", "1991-04-12");
		assertThat(finding.result()).isEqualTo(VerificationResult.CLEAR);
		assertThat(finding.evidence())
			.startsWith("Assessment " + reference + " is in the education credential register")
			.contains("Master of Science, Computer Science (MASTER), issued by World Education Services, VALID")
			.endsWith("The applicant's family name and date of birth match.");
		assertThat(finding.checkedBy()).isEqualTo("Program education credential register (local copy)");
	}

	@Test
	void unknownAssessmentCannotBeVerified() {
		RegistryFinding finding = this.lookups.educationCredential("WES-0000", "Okafor", "1991-04-12");
		assertThat(finding.result()).isEqualTo(VerificationResult.UNABLE_TO_VERIFY);
		assertThat(finding.evidence())
			.isEqualTo("No education credential assessment reference WES-0000 in the education credential register.");
	}

	@Test
	void revokedAssessmentOrAnotherHolderIsAConcern() {
		String revoked = credential("Okafor", LocalDate.of(1991, 4, 12), EducationCredential.Status.REVOKED);
		assertThat(this.lookups.educationCredential(revoked, "Okafor", "1991-04-12")).satisfies((finding) -> {
			assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
			assertThat(finding.evidence())
				.contains("Concern: the issuing organisation lists the assessment as REVOKED.");
		});
		String valid = credential("Okafor", LocalDate.of(1991, 4, 12), EducationCredential.Status.VALID);
		assertThat(this.lookups.educationCredential(valid, "Nguyen", "1991-04-12")).satisfies((finding) -> {
			assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
			assertThat(finding.evidence()).contains("Concern: the assessment is of Okafor, not of Nguyen.");
		});
		assertThat(this.lookups.educationCredential(valid, "Okafor", "1991-04-13")).satisfies((finding) -> {
			assertThat(finding.result()).isEqualTo(VerificationResult.CONCERN);
			assertThat(finding.evidence())
				.contains("Concern: the holder of the assessment was born on 1991-04-12, the applicant on 1991-04-13.");
		});
	}

	@Test
	void assessmentWithoutADateOfBirthToCompareCannotBeVerified() {
		String reference = credential("Okafor", LocalDate.of(1991, 4, 12), EducationCredential.Status.VALID);
		assertThat(this.lookups.educationCredential(reference, "Okafor", null)).satisfies((finding) -> {
			assertThat(finding.result()).isEqualTo(VerificationResult.UNABLE_TO_VERIFY);
			assertThat(finding.evidence()).contains("Not verified: the application gives no date of birth to compare.")
				.endsWith("The applicant's family name matches.");
		});
		assertThat(this.lookups.educationCredential(reference, "Okafor", "12/04/1991").result())
			.isEqualTo(VerificationResult.UNABLE_TO_VERIFY);
	}

	@Test
	void eachTopicOfTheContractIsCheckedAgainstItsRegister() {
		String number = employer("Northern Lights Software Inc.", null, EmployerRegistration.Status.ACTIVE);
		assertThat(this.lookups.check(RegistryTopics.EMPLOYER_REGISTRATION, number, "Northern Lights Software", null)
			.result()).isEqualTo(VerificationResult.CLEAR);
		assertThat(this.lookups.check(RegistryTopics.REPRESENTATIVE_LICENCE, "R000000", "x", null).checkedBy())
			.isEqualTo(RegisterLookups.REPRESENTATIVE_REGISTER);
		assertThat(this.lookups.check(RegistryTopics.EDUCATION_CREDENTIAL, "X1", "x", "1990-01-01").checkedBy())
			.isEqualTo(RegisterLookups.EDUCATION_CREDENTIAL_REGISTER);
		assertThatThrownBy(() -> this.lookups.check("verify-horoscope", "1", "x", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private String employer(String legalName, String operatingName, EmployerRegistration.Status status) {
		String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
		EmployerRegistration employer = new EmployerRegistration(number, legalName, operatingName, status, "ON");
		employer.recordUpdate("integrity", this.clock.now());
		this.employers.save(employer);
		return number;
	}

	private String representative(String fullName, RepresentativeLicence.Status status, LocalDate validUntil) {
		String licence = "R" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		RepresentativeLicence entry = new RepresentativeLicence(licence, fullName, RepresentativeLicence.Regulator.CICC,
				status, validUntil);
		entry.recordUpdate("integrity", this.clock.now());
		this.representatives.save(entry);
		return licence;
	}

	private String credential(String familyName, LocalDate born, EducationCredential.Status status) {
		String reference = "WES" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		EducationCredential entry = new EducationCredential(reference, familyName, born,
				"Master of Science, Computer Science", EducationCredential.Level.MASTER, "World Education Services",
				status);
		entry.recordUpdate("integrity", this.clock.now());
		this.credentials.save(entry);
		return reference;
	}

}
