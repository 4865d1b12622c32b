package org.pnpflow.fees;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Money the program owes an applicant back, by a rule of {@code pnp.fees.refunds}:
 * requested, approved (by a manager above {@code pnp.fees.refund-approval-above}) or
 * rejected, then issued as a payment of kind REFUND.
 */
@Entity
public class Refund {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private BigDecimal amount;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant requestedAt;

	private String requestedBy;

	private Instant decidedAt;

	private String decidedBy;

	private String decisionNote;

	private Long paymentId;

	protected Refund() {
	}

	Refund(Long applicationId, BigDecimal amount, String reason, Instant requestedAt, String requestedBy) {
		this.applicationId = applicationId;
		this.amount = amount;
		this.reason = reason;
		this.requestedAt = requestedAt;
		this.requestedBy = requestedBy;
		this.status = Status.REQUESTED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getReason() {
		return this.reason;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public String getDecisionNote() {
		return this.decisionNote;
	}

	public Long getPaymentId() {
		return this.paymentId;
	}

	void decide(boolean approved, String by, String note, Instant at) {
		this.status = approved ? Status.APPROVED : Status.REJECTED;
		this.decidedBy = by;
		this.decisionNote = note;
		this.decidedAt = at;
	}

	void issued(Long paymentId) {
		this.status = Status.ISSUED;
		this.paymentId = paymentId;
	}

	/** Where a refund stands. */
	public enum Status {

		REQUESTED, APPROVED, REJECTED, ISSUED;

		/** Whether the money is owed or gone: everything but a rejection. */
		public boolean counts() {
			return this != REJECTED;
		}

	}

}
