package org.pnpflow.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The revenue of one day or month set side by side: the fees expected for the files
 * received, the money received, deposited and refunded, and how many variances were found
 * and are still unexplained. Amounts are exact, in CAD. Made again when the period is
 * reconciled again (one per kind and start).
 */
@Entity
public class Reconciliation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private PeriodKind periodKind;

	private LocalDate periodStart;

	/** The last day of the period, included. */
	private LocalDate periodEnd;

	private BigDecimal expected;

	private BigDecimal received;

	private BigDecimal deposited;

	private BigDecimal refunded;

	private int varianceCount;

	private int unexplainedCount;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant reconciledAt;

	protected Reconciliation() {
	}

	Reconciliation(Period period, Instant at) {
		this.periodKind = period.kind();
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.status = Status.OPEN;
		record(Figures.zero(), 0, 0, at);
	}

	void record(Figures total, int varianceCount, int unexplainedCount, Instant at) {
		this.expected = total.expected();
		this.received = total.received();
		this.deposited = total.deposited();
		this.refunded = total.refunded();
		this.varianceCount = varianceCount;
		this.unexplainedCount = unexplainedCount;
		this.reconciledAt = at;
		if (unexplainedCount > 0) {
			this.status = Status.OPEN;
		}
	}

	void explained(int stillUnexplained) {
		this.unexplainedCount = stillUnexplained;
	}

	/** Every variance is explained: the period's revenue is reconciled. */
	void publish() {
		if (this.unexplainedCount > 0) {
			throw new IllegalStateException("Reconciliation " + period().label() + " still has " + this.unexplainedCount
					+ " unexplained variance(s) and cannot be published");
		}
		this.status = Status.RECONCILED;
	}

	public Long getId() {
		return this.id;
	}

	public Period period() {
		return new Period(this.periodKind, this.periodStart, this.periodEnd);
	}

	public PeriodKind getPeriodKind() {
		return this.periodKind;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public BigDecimal getExpected() {
		return this.expected;
	}

	public BigDecimal getReceived() {
		return this.received;
	}

	public BigDecimal getDeposited() {
		return this.deposited;
	}

	public BigDecimal getRefunded() {
		return this.refunded;
	}

	public int getVarianceCount() {
		return this.varianceCount;
	}

	public int getUnexplainedCount() {
		return this.unexplainedCount;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getReconciledAt() {
		return this.reconciledAt;
	}

	/** Where a reconciliation stands. */
	public enum Status {

		/** Figures made; variances may wait for an explanation. */
		OPEN,
		/** Every variance explained and the reconciliation published. */
		RECONCILED

	}

}
