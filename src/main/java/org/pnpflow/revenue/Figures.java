package org.pnpflow.revenue;

import java.math.BigDecimal;

/**
 * The money of a period, for one stream or in total, in CAD. {@code outstanding} is what
 * the files received in the period still owe (their fee less their net payments, never
 * below zero per file).
 */
public record Figures(BigDecimal expected, BigDecimal received, BigDecimal deposited, BigDecimal refunded,
		BigDecimal outstanding) {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	public static Figures zero() {
		return new Figures(ZERO, ZERO, ZERO, ZERO, ZERO);
	}

	Figures plus(Figures other) {
		return new Figures(this.expected.add(other.expected), this.received.add(other.received),
				this.deposited.add(other.deposited), this.refunded.add(other.refunded),
				this.outstanding.add(other.outstanding));
	}

	Figures withExpected(BigDecimal amount) {
		return new Figures(this.expected.add(amount), this.received, this.deposited, this.refunded, this.outstanding);
	}

	Figures withReceived(BigDecimal amount) {
		return new Figures(this.expected, this.received.add(amount), this.deposited, this.refunded, this.outstanding);
	}

	Figures withDeposited(BigDecimal amount) {
		return new Figures(this.expected, this.received, this.deposited.add(amount), this.refunded, this.outstanding);
	}

	Figures withRefunded(BigDecimal amount) {
		return new Figures(this.expected, this.received, this.deposited, this.refunded.add(amount), this.outstanding);
	}

	Figures withOutstanding(BigDecimal amount) {
		return new Figures(this.expected, this.received, this.deposited, this.refunded, this.outstanding.add(amount));
	}

}
