package org.pnpflow.revenue;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One difference a reconciliation found, on one file: what it is, how much, why
 * ({@code cause}, written by the system) and, once known, its explanation: by the system
 * when the file shows the reason (explained by {@value #SYSTEM}), or by a person.
 */
@Entity
public class ReconciliationVariance {

	/** Who explained a variance whose reason the system knows. */
	public static final String SYSTEM = "system";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reconciliationId;

	private Long applicationId;

	private String stream;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private BigDecimal amount;

	private String cause;

	private String explanation;

	private String explainedBy;

	private Instant explainedAt;

	protected ReconciliationVariance() {
	}

	ReconciliationVariance(Long reconciliationId, Long applicationId, String stream, Kind kind, BigDecimal amount,
			String cause) {
		this.reconciliationId = reconciliationId;
		this.applicationId = applicationId;
		this.stream = stream;
		this.kind = kind;
		this.amount = amount;
		this.cause = cause.length() > 2000 ? cause.substring(0, 1999) + "…" : cause;
	}

	void explain(String explanation, String by, Instant at) {
		this.explanation = explanation;
		this.explainedBy = by;
		this.explainedAt = at;
	}

	public boolean isExplained() {
		return this.explanation != null;
	}

	/** Explained by a person, not by what the system knows of the file. */
	public boolean isExplainedByPerson() {
		return this.explanation != null && !SYSTEM.equals(this.explainedBy);
	}

	public Long getId() {
		return this.id;
	}

	public Long getReconciliationId() {
		return this.reconciliationId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getStream() {
		return this.stream;
	}

	public Kind getKind() {
		return this.kind;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getCause() {
		return this.cause;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public String getExplainedBy() {
		return this.explainedBy;
	}

	public Instant getExplainedAt() {
		return this.explainedAt;
	}

	/** What kind of difference. */
	public enum Kind {

		/**
		 * A file received in the period whose net payments are less than its fee.
		 */
		UNDERPAID,
		/**
		 * A file received in the period whose net payments are more than its fee.
		 */
		OVERPAID,
		/** A payment charged back or dishonoured in the period. */
		REVERSED,
		/**
		 * A payment received in the period and still not deposited after
		 * {@code pnp.reconciliation.deposit-within}.
		 */
		UNDEPOSITED,
		/**
		 * A file received in the period for which the fee schedule has no fee.
		 */
		FEE_UNKNOWN

	}

}
