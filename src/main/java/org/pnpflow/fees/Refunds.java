package org.pnpflow.fees;

import java.math.BigDecimal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.Outcome;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.springframework.stereotype.Service;

/**
 * Refunds by the rules of {@code pnp.fees}: an overpayment, or what was paid on a file
 * closed with an outcome of {@code pnp.fees.refund-on-outcomes}. Each refund is recorded
 * at once (it counts against what the file paid) and runs its own {@code RefundProcess}:
 * a manager approves it above {@code pnp.fees.refund-approval-above}, then it is issued.
 */
@Service
public class Refunds {

	static final String PROCESS_KEY = "RefundProcess";

	static final String REFUND_ID = "refundId";

	static final String NEEDS_APPROVAL = "refundNeedsApproval";

	private final RefundRepository refunds;

	private final Fees fees;

	private final CaseNoteRepository notes;

	private final RuntimeService runtime;

	private final PnpProperties properties;

	private final Streams streams;

	private final ProgramClock clock;

	Refunds(RefundRepository refunds, Fees fees, CaseNoteRepository notes, RuntimeService runtime,
			PnpProperties properties, Streams streams, ProgramClock clock) {
		this.streams = streams;
		this.refunds = refunds;
		this.fees = fees;
		this.notes = notes;
		this.runtime = runtime;
		this.properties = properties;
		this.clock = clock;
	}

	/** Records the refund and starts its approval and issue. */
	public Refund request(ApplicationFile file, BigDecimal amount, String reason, String by) {
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("A refund is a positive amount, not " + amount);
		}
		Refund refund = this.refunds.save(new Refund(file.getId(), amount, reason, this.clock.now(), by));
		boolean needsApproval = amount.compareTo(this.properties.getFees().getRefundApprovalAbove()) > 0;
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), "Fee", "Refund of CAD " + amount + " ("
				+ reason + ")" + (needsApproval ? " waits for a manager's approval." : " will be issued.")));
		this.runtime.createProcessInstanceByKey(PROCESS_KEY)
			.businessKey(file.getFileNumber().value())
			.setVariables(Variables.createVariables()
				.putValue(ProcessVariables.APPLICATION_ID, file.getId())
				.putValue(ProcessVariables.FILE_NUMBER, file.getFileNumber().value())
				.putValue(ProcessVariables.STREAM_NAME, this.streams.nameOf(file.getStream()))
				.putValue(ProcessVariables.PRIORITY, file.getPriority())
				.putValue(REFUND_ID, refund.getId())
				.putValue(NEEDS_APPROVAL, needsApproval))
			.execute();
		return refund;
	}

	/**
	 * Refunds what the file paid when its outcome is one the program refunds on; nothing
	 * otherwise.
	 */
	public void onOutcome(ApplicationFile file, Outcome outcome) {
		if (!this.properties.getFees().getRefundOnOutcomes().contains(outcome.name())) {
			return;
		}
		BigDecimal paid = this.fees.paid(file);
		if (paid.signum() > 0) {
			request(file, paid, outcome.name(), "system");
		}
	}

}
