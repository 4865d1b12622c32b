package org.pnpflow.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;

/**
 * The fee of a file, from the {@code FeeSchedule} decision table, and how the payments on
 * the file compare with it.
 */
@Service
public class Fees {

	static final String FEE_SCHEDULE = "FeeSchedule";

	private final DecisionService decisions;

	private final PaymentRepository payments;

	private final RefundRepository refunds;

	private final ProgramClock clock;

	Fees(DecisionService decisions, PaymentRepository payments, RefundRepository refunds, ProgramClock clock) {
		this.decisions = decisions;
		this.payments = payments;
		this.refunds = refunds;
		this.clock = clock;
	}

	/** The fee in force for the file's stream on the day it was received. */
	public BigDecimal expectedFee(ApplicationFile file) {
		LocalDate receivedOn = LocalDate.ofInstant(file.getReceivedAt(), this.clock.zone());
		DmnDecisionResult result = this.decisions.evaluateDecisionByKey(FEE_SCHEDULE)
			.variables(Variables.createVariables()
				.putValue("stream", file.getStream())
				.putValue("receivedOn", receivedOn.toString()))
			.evaluate();
		if (result.isEmpty()) {
			throw new IllegalStateException("The fee schedule has no fee for stream " + file.getStream() + " on "
					+ receivedOn + ": add a row to processes/fee-schedule.dmn");
		}
		Object fee = result.getFirstResult().getEntry("fee");
		return new BigDecimal(fee.toString()).setScale(2);
	}

	/**
	 * What the file has paid net: payments not reversed, less every refund requested,
	 * approved or issued (a refund counts from the moment it is owed).
	 */
	public BigDecimal paid(ApplicationFile file) {
		BigDecimal received = paymentsOf(file).stream()
			.filter((payment) -> payment.getKind() == Payment.Kind.PAYMENT)
			.map(Payment::signedAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal refunded = refundsOf(file).stream()
			.filter((refund) -> refund.getStatus().counts())
			.map(Refund::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return received.subtract(refunded);
	}

	/** What the applicant still owes (zero when paid in full or more). */
	public BigDecimal balanceOwing(ApplicationFile file) {
		BigDecimal expected = file.getExpectedFee() != null ? file.getExpectedFee() : expectedFee(file);
		return expected.subtract(paid(file)).max(BigDecimal.ZERO);
	}

	public List<Refund> refundsOf(ApplicationFile file) {
		return this.refunds.findByApplicationIdOrderByIdAsc(file.getId());
	}

	public List<Payment> paymentsOf(ApplicationFile file) {
		return this.payments.findByApplicationIdOrderByReceivedAtAsc(file.getId());
	}

	/** Compares what was paid with the fee and records the expected fee on the file. */
	public FeeStatus check(ApplicationFile file) {
		BigDecimal expected = expectedFee(file);
		file.setExpectedFee(expected);
		int comparison = paid(file).compareTo(expected);
		return comparison == 0 ? FeeStatus.PAID_IN_FULL : comparison < 0 ? FeeStatus.UNDERPAID : FeeStatus.OVERPAID;
	}

}
