package org.pnpflow.deposits;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Payments gathered to be taken to the bank together, with their deposit slip. Prepared
 * by the deposit process; confirmed by intake once the bank has the money.
 *
 * <p>
 * {@code paymentCount} and {@code total} are what is to be deposited: when prepared,
 * every payment gathered; once confirmed, the payments deposited (a payment reversed in
 * between is left out). {@code slipSha256} is the SHA-256 of the slip's CSV as it stood
 * at the last of these two moments.
 */
@Entity
public class DepositBatch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String batchNumber;

	private Instant preparedAt;

	private int paymentCount;

	private BigDecimal total;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String slipSha256;

	private Instant confirmedAt;

	private String confirmedBy;

	private String bankReference;

	private java.time.LocalDate depositedOn;

	protected DepositBatch() {
	}

	DepositBatch(String batchNumber, Instant preparedAt) {
		this.batchNumber = batchNumber;
		this.preparedAt = preparedAt;
		this.paymentCount = 0;
		this.total = BigDecimal.ZERO.setScale(2);
		this.status = Status.PREPARED;
	}

	void count(int paymentCount, BigDecimal total) {
		this.paymentCount = paymentCount;
		this.total = total;
	}

	void slip(String sha256) {
		this.slipSha256 = sha256;
	}

	void confirm(String bankReference, java.time.LocalDate depositedOn, String user, Instant at) {
		if (this.status != Status.PREPARED) {
			throw new IllegalStateException("Deposit batch " + this.batchNumber + " is already " + this.status);
		}
		this.status = Status.CONFIRMED;
		this.bankReference = bankReference;
		this.depositedOn = depositedOn;
		this.confirmedBy = user;
		this.confirmedAt = at;
	}

	/** The day the bank took the deposit, as intake confirmed it. */
	public java.time.LocalDate getDepositedOn() {
		return this.depositedOn;
	}

	public Long getId() {
		return this.id;
	}

	public String getBatchNumber() {
		return this.batchNumber;
	}

	public Instant getPreparedAt() {
		return this.preparedAt;
	}

	public int getPaymentCount() {
		return this.paymentCount;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getSlipSha256() {
		return this.slipSha256;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public String getBankReference() {
		return this.bankReference;
	}

	/** Where the batch is. */
	public enum Status {

		/** Gathered, with its slip; waiting for intake to take it to the bank. */
		PREPARED,
		/** Intake confirmed the bank has it: its payments are deposited. */
		CONFIRMED

	}

}
