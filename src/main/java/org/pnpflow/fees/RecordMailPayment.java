package org.pnpflow.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskInputException;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordMailPayment}}: the start of {@code RecordPaymentProcess}, which intake
 * starts from Tasklist for a payment that came by mail or to the counter. A payment that
 * cannot be recorded refuses the start form with the reason, and nothing is written.
 */
@Component("recordMailPayment")
class RecordMailPayment implements ExecutionListener {

	private final ApplicationFileRepository files;

	private final Payments payments;

	private final ProgramClock clock;

	RecordMailPayment(ApplicationFileRepository files, Payments payments, ProgramClock clock) {
		this.files = files;
		this.payments = payments;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String fileNumber = text(execution, "fileNumber", "The file number");
		ApplicationFile file = this.files.findForUpdate(new FileNumber(fileNumber.trim()))
			.orElseThrow(() -> new TaskInputException("There is no file " + fileNumber + "."));
		if (!file.isOpen()) {
			throw new TaskInputException("File " + fileNumber + " is " + file.getStatus().name().toLowerCase()
					+ ": return the payment rather than record it.");
		}
		Object amount = execution.getVariable("paymentAmount");
		if (!(amount instanceof Number number)) {
			throw new TaskInputException("The amount is required.");
		}
		LocalDate receivedOn = dateOf(execution.getVariable("paymentReceivedOn"));
		if (receivedOn.isAfter(this.clock.today())) {
			throw new TaskInputException("A payment is recorded once it arrived: " + receivedOn + " is in the future.");
		}
		Instant receivedAt = receivedOn.equals(this.clock.today()) ? this.clock.now()
				: receivedOn.atStartOfDay(this.clock.zone()).toInstant();
		try {
			this.payments.record(file, text(execution, "paymentMethod", "The payment method"),
					new BigDecimal(number.toString()), "CAD", null,
					text(execution, "paymentReference", "The reference"), receivedAt, userOf(execution));
		}
		catch (PaymentRefusedException refused) {
			throw new TaskInputException(
					"The payment cannot be recorded: its " + refused.field() + " " + refused.getMessage() + ".");
		}
		execution.setProcessBusinessKey(file.getFileNumber().value());
	}

	private static String text(DelegateExecution execution, String name, String label) {
		Object value = execution.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			throw new TaskInputException(label + " is required.");
		}
		return value.toString();
	}

	private static LocalDate dateOf(Object value) {
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.systemDefault());
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			}
			catch (java.time.format.DateTimeParseException invalid) {
				throw new TaskInputException("The date received must be a date like 2026-11-22, not " + text + ".");
			}
		}
		throw new TaskInputException("The date received is required.");
	}

	private static String userOf(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices()
			.getIdentityService()
			.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new TaskInputException("Sign in before recording a payment: it must record who received it.");
		}
		return authentication.getUserId();
	}

}
