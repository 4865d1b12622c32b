package org.pnpflow.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An application as the e-filing portal (or intake staff keying in a paper application)
 * sends it.
 */
record ApplicationRequest(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+",
				message = "may contain only letters, digits and . _ : -") String submissionId,
		@NotBlank String stream, @Pattern(regexp = "PORTAL|PAPER", message = "must be PORTAL or PAPER") String channel,
		@NotNull @Valid ApplicantRequest applicant, boolean accompanyingSpouse, boolean inCanada,
		LocalDate workPermitExpiresOn,
		@Pattern(regexp = "\\d{5}", message = "must be a 5-digit NOC 2021 code") String occupationCode,
		@Valid HumanCapitalRequest humanCapital, @Valid RepresentativeRequest representative,
		@Valid EmployerRequest employer, @Size(max = 50) List<@NotNull @Valid DocumentRequest> documents,
		@Valid PaymentRequest payment) {

	record ApplicantRequest(@NotBlank @Size(max = 100) String familyName, @NotBlank @Size(max = 150) String givenNames,
			@NotNull @Past LocalDate dateOfBirth,
			@NotBlank @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166 two-letter country code such as IN or PH") String countryOfCitizenship,
			@NotBlank @Pattern(regexp = "[A-Z0-9]{6,20}",
					message = "must be 6 to 20 capital letters or digits") String passportNumber,
			@NotBlank @Email @Size(max = 254) String email, @Size(max = 30) String phone,
			@Size(max = 400) String address,
			@NotNull @Pattern(regexp = "EN|FR", message = "must be EN or FR") String preferredLanguage) {
	}

	/**
	 * What the points grid scores. Required on scored streams; the job offer factor comes
	 * from the employer block.
	 */
	record HumanCapitalRequest(@Pattern(regexp = EDUCATION_LEVELS,
			message = "must be one of NONE, SECONDARY, ONE_YEAR_POST_SECONDARY, TWO_YEAR_POST_SECONDARY, BACHELOR, TWO_OR_MORE_CREDENTIALS, MASTER, DOCTORATE") String educationLevel,
			@Size(max = 60) @Pattern(regexp = "[A-Za-z0-9-]+",
					message = "may contain only letters, digits and -") String educationCredentialReference,
			@Min(value = 0, message = "must be a Canadian Language Benchmark level from 0 to 12") @Max(value = 12,
					message = "must be a Canadian Language Benchmark level from 0 to 12") Integer languageBenchmark,
			@Min(value = 0, message = "must be whole years from 0 to 60") @Max(value = 60,
					message = "must be whole years from 0 to 60") Integer experienceYears,
			@Pattern(regexp = "NONE|RELATIVE|STUDIED|WORKED",
					message = "must be one of NONE, RELATIVE, STUDIED, WORKED") String provincialConnection) {
	}

	/** The education levels the points grid knows. */
	static final String EDUCATION_LEVELS = "NONE|SECONDARY|ONE_YEAR_POST_SECONDARY|TWO_YEAR_POST_SECONDARY|BACHELOR|TWO_OR_MORE_CREDENTIALS|MASTER|DOCTORATE";

	record RepresentativeRequest(@NotBlank @Size(max = 200) String fullName, @Size(max = 200) String organisation,
			@NotBlank @Size(max = 40) String licenceNumber, @NotBlank @Email @Size(max = 254) String email) {
	}

	record EmployerRequest(@NotBlank @Size(max = 200) String legalName,
			@NotBlank @Pattern(regexp = "\\d{9}",
					message = "must be the 9-digit business number") String businessNumber,
			@Size(max = 400) String address, @NotBlank @Size(max = 200) String contactName,
			@NotBlank @Size(max = 30) String contactPhone, @Email @Size(max = 254) String contactEmail) {
	}

	record DocumentRequest(@NotBlank String documentType, LocalDate issuedOn, LocalDate expiresOn,
			@Size(max = 60) String documentNumber, @Size(max = 100) String holderFamilyName,
			@Size(max = 150) String holderGivenNames, LocalDate holderDateOfBirth) {
	}

	record PaymentRequest(@NotBlank String method,
			@NotNull @DecimalMin(value = "0.01", message = "must be more than zero") @Digits(integer = 8, fraction = 2,
					message = "must be an amount in dollars with at most two decimals") BigDecimal amount,
			@NotBlank @Pattern(regexp = "CAD",
					message = "must be CAD: the program takes fees in Canadian dollars") String currency,
			@Size(max = 200) String payer, @NotBlank @Size(max = 100) String reference) {
	}

}
