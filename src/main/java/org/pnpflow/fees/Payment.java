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

	@Enumerated(EnumType.STRING)
	private Status status;

	private Long depositBatchId;

	private Instant reversedAt;

	private String reversalReason;

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
		this.status = Status.RECEIVED;
	}

	public Long getId() {
		return this.id;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getDepositBatchId() {
		return this.depositBatchId;
	}

	public Instant getReversedAt() {
		return this.reversedAt;
	}

	public String getReversalReason() {
		return this.reversalReason;
	}

	/** Gathered into a deposit batch; deposited once intake confirms the batch. */
	public void addTo(Long depositBatchId) {
		this.depositBatchId = depositBatchId;
	}

	public void deposited() {
		this.status = Status.DEPOSITED;
	}

	/**
	 * Charged back (card) or dishonoured (cheque, money order): it no longer pays the
	 * fee.
	 */
	public void reverse(String reason, Instant at) {
		this.status = Status.REVERSED;
		this.reversalReason = reason;
		this.reversedAt = at;
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

	/**
	 * The amount as it counts towards the fee: refunds count negative, a reversed payment
	 * not at all.
	 */
	public BigDecimal signedAmount() {
		if (this.status == Status.REVERSED) {
			return BigDecimal.ZERO;
		}
		return this.kind == Kind.REFUND ? this.amount.negate() : this.amount;
	}

	/** Where the money is. */
	public enum Status {

		/** Received, not yet deposited. */
		RECEIVED,
		/** In a deposit batch intake confirmed. */
		DEPOSITED,
		/** Charged back or dishonoured. */
		REVERSED

	}

	public enum Kind {

		PAYMENT, REFUND

	}

}
