package org.pnpflow.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.pnpflow.fees.PaymentMethod;

/**
 * What a deposit slip says: the payments to deposit, their count and total per method and
 * in all, and the payments of the batch left out because they were reversed before the
 * deposit was confirmed.
 */
public record DepositSlip(DepositBatch batch, List<Line> payments, List<MethodTotal> methods, int count,
		BigDecimal total, List<Line> leftOut) {

	/** One payment on the slip. */
	public record Line(String fileNumber, PaymentMethod method, String reference, String payer, BigDecimal amount,
			Instant receivedAt, Instant reversedAt, String reversalReason) {
	}

	/** The payments of one method. */
	public record MethodTotal(PaymentMethod method, int count, BigDecimal total) {
	}

}
