package org.pnpflow.registers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An education credential assessment as its issuing organisation records it, by its
 * reference: whose it is and the Canadian equivalent it found.
 */
@Entity
@Table(name = "education_credential_register")
class EducationCredential extends RegisterEntry {

	private String holderFamilyName;

	private LocalDate holderDateOfBirth;

	private String credential;

	@Enumerated(EnumType.STRING)
	private Level level;

	private String issuedBy;

	@Enumerated(EnumType.STRING)
	private Status status;

	protected EducationCredential() {
	}

	EducationCredential(String reference, String holderFamilyName, LocalDate holderDateOfBirth, String credential,
			Level level, String issuedBy, Status status) {
		super(reference);
		this.holderFamilyName = holderFamilyName;
		this.holderDateOfBirth = holderDateOfBirth;
		this.credential = credential;
		this.level = level;
		this.issuedBy = issuedBy;
		this.status = status;
	}

	void replaceWith(EducationCredential other) {
		this.holderFamilyName = other.holderFamilyName;
		this.holderDateOfBirth = other.holderDateOfBirth;
		this.credential = other.credential;
		this.level = other.level;
		this.issuedBy = other.issuedBy;
		this.status = other.status;
	}

	String getHolderFamilyName() {
		return this.holderFamilyName;
	}

	LocalDate getHolderDateOfBirth() {
		return this.holderDateOfBirth;
	}

	String getCredential() {
		return this.credential;
	}

	Level getLevel() {
		return this.level;
	}

	String getIssuedBy() {
		return this.issuedBy;
	}

	Status getStatus() {
		return this.status;
	}

	@Override
	Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("holderFamilyName", this.holderFamilyName);
		fields.put("holderDateOfBirth", this.holderDateOfBirth);
		fields.put("credential", this.credential);
		fields.put("level", this.level);
		fields.put("issuedBy", this.issuedBy);
		fields.put("status", this.status);
		return fields;
	}

	/**
	 * The Canadian equivalent the assessment found.
	 */
	enum Level {

		SECONDARY, ONE_YEAR_POST_SECONDARY, TWO_YEAR_POST_SECONDARY, BACHELOR, TWO_OR_MORE_CREDENTIALS, MASTER,
		PROFESSIONAL, DOCTORATE

	}

	/**
	 * Whether the issuing organisation still stands by the assessment.
	 */
	enum Status {

		VALID, REVOKED

	}

}
