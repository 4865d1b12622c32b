package org.pnpflow.letters;

import java.time.Duration;
import java.util.List;

import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.security.RequestProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails whose fate is unknown, and an operator's answer for each from the mail server's
 * log: it arrived (recorded as sent, never sent again) or it did not (the record goes, so
 * that retrying the letter's step sends it).
 */
@Service
public class LetterDeliveries {

	private final LetterDeliveryRepository deliveries;

	private final AuditTrail audit;

	private final ProgramClock clock;

	private final PnpProperties properties;

	LetterDeliveries(LetterDeliveryRepository deliveries, AuditTrail audit, ProgramClock clock,
			PnpProperties properties) {
		this.properties = properties;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
	}

	/** Emails handed to the mail server whose answer never came, oldest first. */
	@Transactional(readOnly = true)
	public List<LetterDelivery> unconfirmed() {
		return this.deliveries.findByStatusOrderByIdAsc(LetterDelivery.Status.HANDED_OVER);
	}

	/**
	 * Records what the mail server's log shows for a handed-over email.
	 * @param delivered whether the log shows the server accepted the message
	 * @param note what the operator found, kept in the audit trail
	 */
	@Transactional
	public LetterDelivery confirm(String fileNumber, long deliveryId, Boolean delivered, String note, String operator,
			String remoteAddress) {
		if (delivered == null) {
			throw RequestProblems.invalid("delivered",
					"is required: true if the mail server's log shows the message accepted");
		}
		if (note == null || note.isBlank()) {
			throw RequestProblems.invalid("note", "is required: what the mail server's log shows for the Message-ID");
		}
		LetterDelivery delivery = this.deliveries.findById(deliveryId)
			.filter((found) -> fileNumber.equals(found.getFileNumber()))
			.orElseThrow(() -> RequestProblems.notFound("File " + fileNumber + " has no email " + deliveryId + "."));
		// an answer while the sender may still be waiting for the server's could race it
		Duration stillSending = this.properties.getMail().getConfirmAfter();
		if (delivery.getStatus() == LetterDelivery.Status.HANDED_OVER
				&& delivery.getSentAt().isAfter(this.clock.now().minus(stillSending))) {
			throw RequestProblems
				.conflict("Email " + deliveryId + " was handed to the mail server less than " + stillSending.toSeconds()
						+ " s ago and may still be on its way (pnp.mail.confirm-after)." + " Look again after that.");
		}
		if (delivery.getStatus() != LetterDelivery.Status.HANDED_OVER) {
			throw RequestProblems
				.conflict("Email " + deliveryId + " was accepted by the mail server; there is nothing to confirm.");
		}
		if (delivered) {
			delivery.confirmed(operator, this.clock.now());
		}
		else {
			this.deliveries.delete(delivery);
		}
		this.audit.record(operator, AuditAction.CHANGE, fileNumber,
				"Email of letter " + delivery.getLetterType() + " to the " + delivery.getRecipientRole().toLowerCase()
						+ ", Message-ID " + delivery.getMessageId() + ", confirmed "
						+ (delivered ? "delivered" : "not delivered (to be sent when the step is retried)")
						+ " from the mail server's log: " + note.strip(),
				remoteAddress);
		return delivery;
	}

}
