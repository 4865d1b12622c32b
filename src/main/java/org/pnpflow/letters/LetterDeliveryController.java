package org.pnpflow.letters;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unconfirmed emails for the operators and managers who settle them from the mail
 * server's log.
 */
@RestController
class LetterDeliveryController {

	private static final List<String> OPERATORS = List.of(Groups.ADMINS, Groups.MANAGERS);

	private final LetterDeliveries deliveries;

	LetterDeliveryController(LetterDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	/** What the operator found in the mail server's log. */
	record Confirmation(Boolean delivered, String note) {
	}

	/**
	 * An email; the address is left out, the Message-ID is what the log is searched by.
	 */
	record DeliveryView(Long id, String fileNumber, String letterType, String recipientRole, String messageId,
			Instant handedOverAt, String status, String confirmedBy, Instant confirmedAt) {

		static DeliveryView of(LetterDelivery delivery) {
			return new DeliveryView(delivery.getId(), delivery.getFileNumber(), delivery.getLetterType(),
					delivery.getRecipientRole(), delivery.getMessageId(), delivery.getSentAt(),
					delivery.getStatus().name(), delivery.getConfirmedBy(), delivery.getConfirmedAt());
		}

	}

	@GetMapping("/api/letter-deliveries/unconfirmed")
	List<DeliveryView> unconfirmed(HttpServletRequest http) {
		ApiUser.require(http, OPERATORS, "Unconfirmed emails are settled by administrators and managers.");
		return this.deliveries.unconfirmed().stream().map(DeliveryView::of).toList();
	}

	@PostMapping("/api/applications/{fileNumber}/letter-deliveries/{id}/confirmation")
	DeliveryView confirm(@PathVariable String fileNumber, @PathVariable long id,
			@RequestBody(required = false) Confirmation body, HttpServletRequest http) {
		ApiUser operator = ApiUser.require(http, OPERATORS,
				"Unconfirmed emails are settled by administrators and managers.");
		Confirmation given = (body != null) ? body : new Confirmation(null, null);
		return DeliveryView.of(this.deliveries.confirm(fileNumber, id, given.delivered(), given.note(), operator.id(),
				http.getRemoteAddr()));
	}

}
