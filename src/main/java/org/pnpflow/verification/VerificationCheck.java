package org.pnpflow.verification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One verification of a file: what was checked, by whom or what, when, the result and the
 * evidence.
 */
@Entity
public class VerificationCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String checkType;

	@Enumerated(EnumType.STRING)
	private VerificationResult result;

	private String evidence;

	private String checkedBy;

	private Instant checkedAt;

	protected VerificationCheck() {
	}

	public VerificationCheck(Long applicationId, String checkType, VerificationResult result, String evidence,
			String checkedBy, Instant checkedAt) {
		this.applicationId = applicationId;
		this.checkType = checkType;
		this.result = result;
		this.evidence = evidence;
		this.checkedBy = checkedBy;
		this.checkedAt = checkedAt;
	}

	public String getCheckType() {
		return this.checkType;
	}

	public VerificationResult getResult() {
		return this.result;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

}
