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
 * Money received for a file, or given back (a refund is a payment of kind REFUND).
 * Amounts are exact, in CAD.
 */
@Entity
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private PaymentMethod method;

	private BigDecimal amount;

	private String currency;

	private String payer;

	private String reference;

	private Instant receivedAt;

	private String recordedBy;

	protected Payment() {
	}

	public Payment(Long applicationId, Kind kind, PaymentMethod method, BigDecimal amount, String payer,
			String reference, Instant receivedAt, String recordedBy) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.method = method;
		this.amount = amount;
		this.currency = "CAD";
		this.payer = payer;
		this.reference = reference;
		this.receivedAt = receivedAt;
		this.recordedBy = recordedBy;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public PaymentMethod getMethod() {
		return this.method;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public String getPayer() {
		return this.payer;
	}

	public String getReference() {
		return this.reference;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	/** The amount as it counts towards the fee: refunds count negative. */
	public BigDecimal signedAmount() {
		return this.kind == Kind.REFUND ? this.amount.negate() : this.amount;
	}

	public enum Kind {

		PAYMENT, REFUND

	}

}
