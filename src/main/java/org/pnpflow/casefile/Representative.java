package org.pnpflow.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A licensed consultant or lawyer who acts for the applicant and receives copies of
 * letters.
 */
@Entity
public class Representative {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String organisation;

	private String licenceNumber;

	private String email;

	protected Representative() {
	}

	public Representative(String fullName, String organisation, String licenceNumber, String email) {
		this.fullName = fullName;
		this.organisation = organisation;
		this.licenceNumber = licenceNumber;
		this.email = email;
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public String getEmail() {
		return this.email;
	}

}
