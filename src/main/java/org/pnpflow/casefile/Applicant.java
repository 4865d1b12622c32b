package org.pnpflow.casefile;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The person who applies. Personal data: shown to staff only through the case summary of
 * a task or our API, never copied into process variables.
 */
@Entity
public class Applicant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String familyName;

	private String givenNames;

	private LocalDate dateOfBirth;

	private String countryOfCitizenship;

	private String passportNumber;

	private String email;

	private String phone;

	private String address;

	private String preferredLanguage;

	protected Applicant() {
	}

	public Applicant(String familyName, String givenNames, LocalDate dateOfBirth, String countryOfCitizenship,
			String passportNumber, String email, String phone, String address, String preferredLanguage) {
		this.familyName = familyName;
		this.givenNames = givenNames;
		this.dateOfBirth = dateOfBirth;
		this.countryOfCitizenship = countryOfCitizenship;
		this.passportNumber = passportNumber;
		this.email = email;
		this.phone = phone;
		this.address = address;
		this.preferredLanguage = preferredLanguage;
	}

	public Long getId() {
		return this.id;
	}

	public String getFamilyName() {
		return this.familyName;
	}

	public String getGivenNames() {
		return this.givenNames;
	}

	public String getFullName() {
		return this.givenNames + " " + this.familyName;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public String getCountryOfCitizenship() {
		return this.countryOfCitizenship;
	}

	public String getPassportNumber() {
		return this.passportNumber;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getAddress() {
		return this.address;
	}

	public Language getPreferredLanguage() {
		return Language.valueOf(this.preferredLanguage);
	}

}
