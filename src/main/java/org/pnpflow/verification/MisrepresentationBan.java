package org.pnpflow.verification;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A person barred from applying again after a refusal for misrepresentation, until
 * {@code endsOn}. Kept by passport number and by family name with date of birth, the way
 * program-records checks look people up.
 */
@Entity
public class MisrepresentationBan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String passportNumber;

	private String familyName;

	private LocalDate dateOfBirth;

	private LocalDate imposedOn;

	private LocalDate endsOn;

	private String reasons;

	private String imposedBy;

	protected MisrepresentationBan() {
	}

	MisrepresentationBan(Long applicationId, String passportNumber, String familyName, LocalDate dateOfBirth,
			LocalDate imposedOn, LocalDate endsOn, String reasons, String imposedBy) {
		this.applicationId = applicationId;
		this.passportNumber = passportNumber;
		this.familyName = familyName;
		this.dateOfBirth = dateOfBirth;
		this.imposedOn = imposedOn;
		this.endsOn = endsOn;
		this.reasons = reasons;
		this.imposedBy = imposedBy;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public LocalDate getImposedOn() {
		return this.imposedOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getReasons() {
		return this.reasons;
	}

	public String getImposedBy() {
		return this.imposedBy;
	}

}
