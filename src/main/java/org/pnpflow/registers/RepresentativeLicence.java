package org.pnpflow.registers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A paid representative's licence as their regulator lists it, by licence number.
 */
@Entity
@Table(name = "representative_register")
@AttributeOverride(name = "reference", column = @Column(name = "licence_number"))
class RepresentativeLicence extends RegisterEntry {

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Regulator regulator;

	@Enumerated(EnumType.STRING)
	private Status status;

	private LocalDate validUntil;

	protected RepresentativeLicence() {
	}

	RepresentativeLicence(String licenceNumber, String fullName, Regulator regulator, Status status,
			LocalDate validUntil) {
		super(licenceNumber);
		this.fullName = fullName;
		this.regulator = regulator;
		this.status = status;
		this.validUntil = validUntil;
	}

	void replaceWith(RepresentativeLicence other) {
		this.fullName = other.fullName;
		this.regulator = other.regulator;
		this.status = other.status;
		this.validUntil = other.validUntil;
	}

	String getFullName() {
		return this.fullName;
	}

	Regulator getRegulator() {
		return this.regulator;
	}

	Status getStatus() {
		return this.status;
	}

	LocalDate getValidUntil() {
		return this.validUntil;
	}

	@Override
	Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("fullName", this.fullName);
		fields.put("regulator", this.regulator);
		fields.put("status", this.status);
		fields.put("validUntil", this.validUntil);
		return fields;
	}

	/**
	 * Who licenses the representative: the College of Immigration and Citizenship
	 * Consultants, a provincial law society (lawyers, licensed paralegals), or the
	 * Chambre des notaires du Québec.
	 */
	enum Regulator {

		CICC, LAW_SOCIETY, NOTARY

	}

	/**
	 * Where the licence stands with its regulator.
	 */
	enum Status {

		ACTIVE, SUSPENDED, REVOKED

	}

}
