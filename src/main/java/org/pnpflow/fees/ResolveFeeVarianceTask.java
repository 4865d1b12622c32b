package org.pnpflow.fees;

import java.math.BigDecimal;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.springframework.stereotype.Component;

/**
 * Intake resolves a fee variance: records a payment that arrived (mail, counter) or the
 * refund of an overpayment. The fee is then checked again.
 */
@Component
class ResolveFeeVarianceTask implements TaskCompletionHandler, TaskDetailsProvider {

	static final String TASK = "UserTask_ResolveFeeVariance";

	private final Fees fees;

	private final PaymentRepository payments;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	ResolveFeeVarianceTask(Fees fees, PaymentRepository payments, CaseNoteRepository notes, ProgramClock clock) {
		this.fees = fees;
		this.payments = payments;
		this.notes = notes;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(TASK);
	}

	@Override
	public Set<String> describes() {
		return completes();
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("feeResolution", "paymentAmount", "paymentMethod", "paymentReference", "feeNote");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		BigDecimal expected = file.getExpectedFee();
		BigDecimal paid = this.fees.paid(file);
		StringBuilder md = new StringBuilder("#### Fee\n\n");
		md.append("Fee in force on the date of receipt: **CAD ").append(expected).append("**\n\n");
		md.append("Paid (net of refunds): **CAD ").append(paid).append("**\n\n");
		BigDecimal variance = paid.subtract(expected);
		md.append(variance.signum() < 0 ? "Still owing: **CAD " + variance.negate() + "**"
				: "Overpaid by: **CAD " + variance + "**")
			.append("\n\n");
		for (Payment payment : this.fees.paymentsOf(file)) {
			md.append("- ")
				.append(payment.getKind() == Payment.Kind.REFUND ? "Refund" : "Payment")
				.append(" CAD ")
				.append(payment.getAmount())
				.append(" by ")
				.append(payment.getMethod())
				.append(", reference ")
				.append(Markdown.text(payment.getReference()))
				.append("\n");
		}
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Resolution resolution = completion.choice("feeResolution", "how the variance was resolved", Resolution.class);
		BigDecimal amount = completion.requiredAmount("paymentAmount", "Amount");
		String reference = completion.requiredText("paymentReference", "Reference", 100);
		String note = completion.optionalText("feeNote", "Note", 2000);
		BigDecimal variance = this.fees.paid(file).subtract(file.getExpectedFee());
		Payment payment;
		if (resolution == Resolution.REFUND_RECORDED) {
			if (variance.signum() <= 0) {
				throw new TaskInputException("Nothing was overpaid on this file, so there is nothing to refund.");
			}
			if (amount.compareTo(variance) > 0) {
				throw new TaskInputException(
						"The refund (CAD " + amount + ") is more than the overpayment (CAD " + variance + ").");
			}
			payment = new Payment(file.getId(), Payment.Kind.REFUND, PaymentMethod.BANK_TRANSFER, amount, null,
					reference, this.clock.now(), completion.userId());
		}
		else {
			PaymentMethod method = completion.choice("paymentMethod", "the payment method", PaymentMethod.class);
			payment = new Payment(file.getId(), Payment.Kind.PAYMENT, method, amount, null, reference, this.clock.now(),
					completion.userId());
		}
		this.payments.save(payment);
		String what = (resolution == Resolution.REFUND_RECORDED ? "Refund" : "Payment") + " of CAD " + amount
				+ " recorded, reference " + reference + (note == null ? "" : ". " + note);
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Fee", what));
	}

	enum Resolution {

		PAYMENT_RECORDED, REFUND_RECORDED

	}

}
