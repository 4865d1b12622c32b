package org.pnpflow.archive;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A manager's legal hold on a file (litigation, an investigation, an access request in
 * progress): while it is in force the file is neither archived nor emptied.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Instant placedAt;

	private String placedBy;

	private String reason;

	private Instant liftedAt;

	private String liftedBy;

	private String liftReason;

	protected LegalHold() {
	}

	LegalHold(Long applicationId, Instant placedAt, String placedBy, String reason) {
		this.applicationId = applicationId;
		this.placedAt = placedAt;
		this.placedBy = placedBy;
		this.reason = reason;
	}

	void lift(Instant at, String by, String reason) {
		this.liftedAt = at;
		this.liftedBy = by;
		this.liftReason = reason;
	}

	public boolean isInForce() {
		return this.liftedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

	public String getPlacedBy() {
		return this.placedBy;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getLiftedAt() {
		return this.liftedAt;
	}

	public String getLiftedBy() {
		return this.liftedBy;
	}

	public String getLiftReason() {
		return this.liftReason;
	}

}
