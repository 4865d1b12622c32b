package org.pnpflow.letters;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A letter sent by email to one recipient: when, to whom, under which message id.
 */
@Entity
public class LetterDelivery {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String idempotencyKey;

	private String recipientEmail;

	private String recipientRole;

	private Instant sentAt;

	private String messageId;

	protected LetterDelivery() {
	}

	LetterDelivery(String idempotencyKey, String recipientEmail, String recipientRole, Instant sentAt,
			String messageId) {
		this.idempotencyKey = idempotencyKey;
		this.recipientEmail = recipientEmail;
		this.recipientRole = recipientRole;
		this.sentAt = sentAt;
		this.messageId = messageId;
	}

	public String getRecipientEmail() {
		return this.recipientEmail;
	}

	public String getRecipientRole() {
		return this.recipientRole;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getMessageId() {
		return this.messageId;
	}

}
