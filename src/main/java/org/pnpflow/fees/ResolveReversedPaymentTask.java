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
 * Intake resolves a reversed or dishonoured payment while the file is on hold: a
 * replacement payment arrived (recorded, the hold released), or none will (the file is
 * closed for an unpaid fee).
 */
@Component
class ResolveReversedPaymentTask implements TaskCompletionHandler, TaskDetailsProvider {

	static final String TASK = "UserTask_ResolveReversedPayment";

	private final Fees fees;

	private final Payments payments;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	ResolveReversedPaymentTask(Fees fees, Payments payments, CaseNoteRepository notes, ProgramClock clock) {
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
		return Set.of("paymentAmount", "paymentMethod", "paymentReference", "feeNote");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		StringBuilder md = new StringBuilder("#### On hold\n\n");
		md.append(Markdown.text(file.getOnHold())).append("\n\n");
		md.append("Fee: **CAD ")
			.append(file.getExpectedFee())
			.append("** · paid, net of reversals and refunds: **CAD ");
		md.append(this.fees.paid(file)).append("**\n\n");
		md.append("While the file is on hold, no other task of this file can be completed.\n");
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Resolution resolution = completion.choice("reversalResolution", "how the reversal is resolved",
				Resolution.class);
		String note = completion.optionalText("feeNote", "Note", 2000);
		if (resolution == Resolution.REPLACEMENT_RECORDED) {
			this.payments.recordFromForm(completion);
			BigDecimal owing = this.fees.balanceOwing(file);
			if (owing.signum() > 0) {
				throw new TaskInputException("With this payment CAD " + owing
						+ " is still owing: record a replacement that covers the fee, or close the file.");
			}
		}
		file.release();
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Fee",
				(resolution == Resolution.REPLACEMENT_RECORDED ? "Hold released: replacement payment recorded."
						: "No replacement payment: the file is closed for an unpaid fee.")
						+ (note == null ? "" : " " + note)));
	}

	enum Resolution {

		REPLACEMENT_RECORDED, CLOSE_FILE

	}

}
