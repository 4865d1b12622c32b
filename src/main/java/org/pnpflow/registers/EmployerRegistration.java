package org.pnpflow.registers;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An employer as the business register knows it, by its 9-digit business number.
 */
@Entity
@Table(name = "employer_register")
@AttributeOverride(name = "reference", column = @Column(name = "business_number"))
class EmployerRegistration extends RegisterEntry {

	private String legalName;

	private String operatingName;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String province;

	protected EmployerRegistration() {
	}

	EmployerRegistration(String businessNumber, String legalName, String operatingName, Status status,
			String province) {
		super(businessNumber);
		this.legalName = legalName;
		this.operatingName = operatingName;
		this.status = status;
		this.province = province;
	}

	void replaceWith(EmployerRegistration other) {
		this.legalName = other.legalName;
		this.operatingName = other.operatingName;
		this.status = other.status;
		this.province = other.province;
	}

	String getLegalName() {
		return this.legalName;
	}

	String getOperatingName() {
		return this.operatingName;
	}

	Status getStatus() {
		return this.status;
	}

	String getProvince() {
		return this.province;
	}

	@Override
	Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("legalName", this.legalName);
		fields.put("operatingName", this.operatingName);
		fields.put("status", this.status);
		fields.put("province", this.province);
		return fields;
	}

	/**
	 * Where the business stands in the register.
	 */
	enum Status {

		ACTIVE, INACTIVE, DISSOLVED

	}

}
