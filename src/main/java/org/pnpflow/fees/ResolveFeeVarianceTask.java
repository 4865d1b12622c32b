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

	private final Payments payments;

	private final Refunds refunds;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	ResolveFeeVarianceTask(Fees fees, Payments payments, Refunds refunds, CaseNoteRepository notes,
			ProgramClock clock) {
		this.fees = fees;
		this.payments = payments;
		this.refunds = refunds;
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
		return Set.of("paymentAmount", "paymentMethod", "paymentReference", "feeNote");
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
				.append(payment.getKind() == Payment.Kind.REFUND ? "Refund issued" : "Payment")
				.append(" CAD ")
				.append(payment.getAmount())
				.append(" by ")
				.append(payment.getMethod())
				.append(", reference ")
				.append(Markdown.text(payment.getReference()))
				.append(payment.getStatus() == Payment.Status.REVERSED ? " — **reversed**" : "")
				.append("\n");
		}
		for (Refund refund : this.fees.refundsOf(file)) {
			md.append("- Refund CAD ")
				.append(refund.getAmount())
				.append(" (")
				.append(refund.getReason())
				.append("): ")
				.append(refund.getStatus())
				.append("\n");
		}
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Resolution resolution = completion.choice("feeResolution", "how the variance is resolved", Resolution.class);
		String note = completion.optionalText("feeNote", "Note", 2000);
		BigDecimal variance = this.fees.paid(file).subtract(file.getExpectedFee());
		switch (resolution) {
			case PAYMENT_RECORDED -> this.payments.recordFromForm(completion);
			case REFUND_REQUESTED -> {
				if (variance.signum() <= 0) {
					throw new TaskInputException("Nothing was overpaid on this file, so there is nothing to refund.");
				}
				BigDecimal amount = completion.has("paymentAmount")
						? completion.requiredAmount("paymentAmount", "Amount") : variance;
				if (amount.compareTo(variance) > 0) {
					throw new TaskInputException(
							"The refund (CAD " + amount + ") is more than the overpayment (CAD " + variance + ").");
				}
				this.refunds.request(file, amount, "OVERPAYMENT", completion.userId());
			}
			case BALANCE_REQUESTED -> {
				if (variance.signum() >= 0) {
					throw new TaskInputException(
							"Nothing is owing on this file: record a payment or a refund instead of asking for a balance.");
				}
			}
		}
		if (note != null) {
			this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Fee", note));
		}
		completion.route("feeResolution", resolution.name());
	}

	enum Resolution {

		PAYMENT_RECORDED, BALANCE_REQUESTED, REFUND_REQUESTED

	}

}
