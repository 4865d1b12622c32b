package org.pnpflow.certificates;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A nominee's request to extend their certificate, and the manager's decision on it.
 */
@Entity
public class CertificateExtension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long certificateId;

	private Instant requestedAt;

	private String requestedBy;

	private String reason;

	private String decision;

	private String decisionReasons;

	private String decidedBy;

	private Instant decidedAt;

	private LocalDate previousExpiry;

	private LocalDate newExpiry;

	private boolean applied;

	protected CertificateExtension() {
	}

	CertificateExtension(Long certificateId, Instant requestedAt, String requestedBy, String reason,
			LocalDate previousExpiry) {
		this.certificateId = certificateId;
		this.requestedAt = requestedAt;
		this.requestedBy = requestedBy;
		this.reason = reason;
		this.previousExpiry = previousExpiry;
	}

	public Long getCertificateId() {
		return this.certificateId;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public String getDecision() {
		return this.decision;
	}

	public String getDecisionReasons() {
		return this.decisionReasons;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public LocalDate getPreviousExpiry() {
		return this.previousExpiry;
	}

	public LocalDate getNewExpiry() {
		return this.newExpiry;
	}

	public boolean isApplied() {
		return this.applied;
	}

	public boolean isApproved() {
		return "APPROVE".equals(this.decision);
	}

	void decide(String decision, String reasons, LocalDate newExpiry, String by, Instant at) {
		this.decision = decision;
		this.decisionReasons = reasons;
		this.newExpiry = newExpiry;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void markApplied() {
		this.applied = true;
	}

}
