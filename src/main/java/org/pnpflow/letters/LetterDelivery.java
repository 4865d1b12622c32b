package org.pnpflow.letters;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A letter emailed to one recipient: when, to whom, under which Message-ID, and how far
 * the sending got.
 */
@Entity
public class LetterDelivery {

	/** How far an email got. */
	public enum Status {

		/**
		 * The whole message was written to the mail server and its end was about to be
		 * sent; the server's answer was not received. It may or may not have been
		 * delivered: only the mail server's log can tell.
		 */
		HANDED_OVER,

		/** The mail server accepted the message. */
		SENT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String idempotencyKey;

	private String fileNumber;

	private String letterType;

	private String recipientEmail;

	private String recipientRole;

	private Instant sentAt;

	private String messageId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String confirmedBy;

	private Instant confirmedAt;

	protected LetterDelivery() {
	}

	LetterDelivery(Letter letter, String fileNumber, String recipientEmail, String recipientRole, Instant sentAt,
			String messageId) {
		this.idempotencyKey = letter.getIdempotencyKey();
		this.fileNumber = fileNumber;
		this.letterType = letter.getLetterType().name();
		this.recipientEmail = recipientEmail;
		this.recipientRole = recipientRole;
		this.sentAt = sentAt;
		this.messageId = messageId;
		this.status = Status.HANDED_OVER;
	}

	void accepted() {
		this.status = Status.SENT;
	}

	void confirmed(String operator, Instant at) {
		this.status = Status.SENT;
		this.confirmedBy = operator;
		this.confirmedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getFileNumber() {
		return this.fileNumber;
	}

	public String getLetterType() {
		return this.letterType;
	}

	public String getRecipientEmail() {
		return this.recipientEmail;
	}

	public String getRecipientRole() {
		return this.recipientRole;
	}

	/** When the message was handed to the mail server. */
	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getMessageId() {
		return this.messageId;
	}

	public Status getStatus() {
		return this.status;
	}

	/** Who confirmed from the mail server's log that a handed-over message arrived. */
	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

}
