package org.pnpflow.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.process.CaseMessages;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskInputException;
import org.springframework.stereotype.Service;

/**
 * Records payments, whoever brings them (the portal, intake in Tasklist or through the
 * API), with the same rules: a positive amount in dollars and cents, in CAD, a known
 * method and a reference not recorded before. Records reversals (a charge-back, a
 * dishonoured cheque), which put the file on hold until intake resolves them.
 */
@Service
public class Payments {

	private final PaymentRepository payments;

	private final CaseNoteRepository notes;

	private final CaseMessages messages;

	private final ProgramClock clock;

	Payments(PaymentRepository payments, CaseNoteRepository notes, CaseMessages messages, ProgramClock clock) {
		this.payments = payments;
		this.notes = notes;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The checks of a payment, as a refusal naming the field, before anything is written.
	 */
	public static void check(String method, BigDecimal amount, String currency, String reference) {
		if (method == null || method.isBlank()) {
			throw new PaymentRefusedException("method", "is required: one of " + List.of(PaymentMethod.values()),
					false);
		}
		try {
			PaymentMethod.valueOf(method);
		}
		catch (IllegalArgumentException unknown) {
			throw new PaymentRefusedException("method", "must be one of " + List.of(PaymentMethod.values()), false);
		}
		if (amount == null || amount.signum() <= 0) {
			throw new PaymentRefusedException("amount", "must be more than zero", false);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new PaymentRefusedException("amount", "must be in dollars with at most two decimals (cents)", false);
		}
		if (amount.compareTo(new BigDecimal("99999999.99")) > 0) {
			throw new PaymentRefusedException("amount", "is more than the program takes in one payment", false);
		}
		if (currency != null && !"CAD".equals(currency)) {
			throw new PaymentRefusedException("currency", "must be CAD: the program takes fees in Canadian dollars",
					false);
		}
		if (reference == null || reference.isBlank() || reference.length() > 100) {
			throw new PaymentRefusedException("reference", "is required, at most 100 characters", false);
		}
	}

	public Optional<Payment> byReference(String reference) {
		return this.payments.findByKindAndReference(Payment.Kind.PAYMENT, reference.trim());
	}

	/**
	 * Records a payment on the file and hands it to the case when the file waits for one
	 * (the balance of an underpaid fee).
	 */
	public Payment record(ApplicationFile file, String method, BigDecimal amount, String currency, String payer,
			String reference, Instant receivedAt, String by) {
		check(method, amount, currency, reference);
		byReference(reference).ifPresent((earlier) -> {
			throw new PaymentRefusedException("reference",
					"is already recorded (payment " + earlier.getId() + "): a payment is recorded once", true);
		});
		Payment payment = this.payments
			.save(new Payment(file.getId(), Payment.Kind.PAYMENT, PaymentMethod.valueOf(method), amount.setScale(2),
					payer, reference.trim(), receivedAt == null ? this.clock.now() : receivedAt, by));
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), "Fee", "Payment of CAD " + payment.getAmount()
				+ " by " + payment.getMethod() + " recorded, reference " + payment.getReference() + "."));
		String fileNumber = file.getFileNumber().value();
		if (this.messages.isWaitingFor(fileNumber, ProcessVariables.MESSAGE_PAYMENT_RECEIVED)) {
			this.messages.correlate(fileNumber, ProcessVariables.MESSAGE_PAYMENT_RECEIVED);
		}
		return payment;
	}

	/**
	 * Records the payment a task's form gives (amount, method, reference), or refuses the
	 * completion with the sentence the person can act on.
	 */
	Payment recordFromForm(TaskCompletion completion) {
		BigDecimal amount = completion.requiredAmount("paymentAmount", "Amount");
		PaymentMethod method = completion.choice("paymentMethod", "the payment method", PaymentMethod.class);
		String reference = completion.requiredText("paymentReference", "Reference", 100);
		try {
			return record(completion.file(), method.name(), amount, "CAD", null, reference, this.clock.now(),
					completion.userId());
		}
		catch (PaymentRefusedException refused) {
			throw new TaskInputException(
					"The payment cannot be recorded: its " + refused.field() + " " + refused.getMessage() + ".");
		}
	}

	/**
	 * A payment that did not come through after all: it no longer counts, the file is on
	 * hold, and a case that is still being processed gets intake's task to resolve it.
	 */
	public Payment reverse(ApplicationFile file, String reference, String reason, String by) {
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new PaymentRefusedException("reason", "is required, at most 2000 characters", false);
		}
		Payment payment = byReference(reference).filter((found) -> found.getApplicationId().equals(file.getId()))
			.orElseThrow(() -> new PaymentRefusedException("reference",
					"no payment with this reference is recorded on file " + file.getFileNumber(), false));
		if (payment.getStatus() == Payment.Status.REVERSED) {
			throw new PaymentRefusedException("reference", "this payment is already reversed", true);
		}
		payment.reverse(reason.trim(), this.clock.now());
		String text = "Payment " + payment.getReference() + " of CAD " + payment.getAmount() + " reversed: "
				+ reason.trim();
		this.notes.save(new CaseNote(file.getId(), by, this.clock.now(), "Fee", text));
		String fileNumber = file.getFileNumber().value();
		if (this.messages.isWaitingFor(fileNumber, ProcessVariables.MESSAGE_PAYMENT_REVERSED)) {
			file.hold(text);
			this.messages.correlate(fileNumber, ProcessVariables.MESSAGE_PAYMENT_REVERSED);
		}
		return payment;
	}

}
