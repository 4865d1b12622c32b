package org.pnpflow.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The employer that offers the applicant a job, where the stream asks for one.
 */
@Entity
public class Employer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String legalName;

	private String businessNumber;

	private String address;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	protected Employer() {
	}

	public Employer(String legalName, String businessNumber, String address, String contactName, String contactPhone,
			String contactEmail) {
		this.legalName = legalName;
		this.businessNumber = businessNumber;
		this.address = address;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.contactEmail = contactEmail;
	}

	public Long getId() {
		return this.id;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public String getBusinessNumber() {
		return this.businessNumber;
	}

	public String getAddress() {
		return this.address;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

}
