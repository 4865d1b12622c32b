package org.pnpflow.fees;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.springframework.stereotype.Component;

/**
 * A manager's approval of a refund above {@code pnp.fees.refund-approval-above}, and
 * {@code ${issueRefund}}, which issues an approved refund (or one small enough to need no
 * approval) as a payment of kind REFUND with its own reference.
 */
@Component("issueRefund")
class RefundTasks implements TaskCompletionHandler, TaskDetailsProvider, JavaDelegate {

	static final String APPROVE = "UserTask_ApproveRefund";

	private final RefundRepository refunds;

	private final PaymentRepository payments;

	private final Fees fees;

	private final CaseFiles files;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	RefundTasks(RefundRepository refunds, PaymentRepository payments, Fees fees, CaseFiles files,
			CaseNoteRepository notes, ProgramClock clock) {
		this.refunds = refunds;
		this.payments = payments;
		this.fees = fees;
		this.files = files;
		this.notes = notes;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(APPROVE);
	}

	@Override
	public Set<String> describes() {
		return completes();
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("refundNote");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		StringBuilder md = new StringBuilder("#### Refunds of this file\n\n");
		for (Refund refund : this.fees.refundsOf(file)) {
			md.append("- CAD ")
				.append(refund.getAmount())
				.append(" (")
				.append(refund.getReason())
				.append("), requested ")
				.append(refund.getRequestedAt().atZone(this.clock.zone()).toLocalDate())
				.append(": **")
				.append(refund.getStatus())
				.append("**\n");
		}
		md.append("\nFee: CAD ")
			.append(file.getExpectedFee())
			.append(" · paid, net of refunds owed: CAD ")
			.append(this.fees.paid(file))
			.append("\n");
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		Refund refund = refundOf(completion.task().getVariable(Refunds.REFUND_ID));
		boolean approve = "APPROVE".equals(completion.choice("refundDecision", "a decision", Decision.class).name());
		String note = approve ? completion.optionalText("refundNote", "Note", 4000)
				: completion.requiredText("refundNote", "The reason for rejecting the refund", 4000);
		if (refund.getStatus() != Refund.Status.REQUESTED) {
			throw new TaskInputException("This refund is " + refund.getStatus() + " already.");
		}
		refund.decide(approve, completion.userId(), note, this.clock.now());
		this.notes
			.save(new CaseNote(completion.file().getId(), completion.userId(), this.clock.now(), "Fee", "Refund of CAD "
					+ refund.getAmount() + (approve ? " approved" : " rejected") + (note == null ? "." : ": " + note)));
	}

	@Override
	public void execute(DelegateExecution execution) {
		Refund refund = refundOf(execution.getVariable(Refunds.REFUND_ID));
		if (refund.getStatus() == Refund.Status.ISSUED) {
			return;
		}
		if (refund.getStatus() == Refund.Status.REQUESTED) {
			refund.decide(true, "system", "At or below the amount that needs a manager's approval.", this.clock.now());
		}
		ApplicationFile file = this.files.of(execution);
		Payment issued = this.payments.save(new Payment(file.getId(), Payment.Kind.REFUND, PaymentMethod.BANK_TRANSFER,
				refund.getAmount(), null, "REFUND-" + refund.getId(), this.clock.now(), "system"));
		refund.issued(issued.getId());
		this.notes.save(new CaseNote(file.getId(), "system", this.clock.now(), "Fee",
				"Refund of CAD " + refund.getAmount() + " issued, reference " + issued.getReference() + "."));
	}

	private Refund refundOf(Object id) {
		return this.refunds.findById(((Number) id).longValue())
			.orElseThrow(() -> new IllegalStateException("No refund " + id));
	}

	enum Decision {

		APPROVE, REJECT

	}

}
