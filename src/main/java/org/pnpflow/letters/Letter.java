package org.pnpflow.letters;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A letter made for a file: its type, language, recipient, date and full text.
 */
@Entity
public class Letter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private LetterType letterType;

	private String language;

	private String recipientName;

	private String recipientEmail;

	private Instant createdAt;

	private Instant deadline;

	private String idempotencyKey;

	private String subject;

	private String body;

	private String templateVersion;

	private String pdfSha256;

	private Long pdfSize;

	protected Letter() {
	}

	Letter(Long applicationId, LetterType letterType, String language, String recipientName, String recipientEmail,
			Instant createdAt, Instant deadline, String idempotencyKey, String subject, String body,
			String templateVersion, String pdfSha256, long pdfSize) {
		this.applicationId = applicationId;
		this.letterType = letterType;
		this.language = language;
		this.recipientName = recipientName;
		this.recipientEmail = recipientEmail;
		this.createdAt = createdAt;
		this.deadline = deadline;
		this.idempotencyKey = idempotencyKey;
		this.subject = subject;
		this.body = body;
		this.templateVersion = templateVersion;
		this.pdfSha256 = pdfSha256;
		this.pdfSize = pdfSize;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public LetterType getLetterType() {
		return this.letterType;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public String getRecipientEmail() {
		return this.recipientEmail;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getDeadline() {
		return this.deadline;
	}

	public String getSubject() {
		return this.subject;
	}

	/** The letter's text as printed in its PDF. */
	public String getBody() {
		return this.body;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	/**
	 * Which template, from where, in which version (a digest of its text) made this
	 * letter.
	 */
	public String getTemplateVersion() {
		return this.templateVersion;
	}

	/** The SHA-256 of the letter's PDF, under which the content store keeps it. */
	public String getPdfSha256() {
		return this.pdfSha256;
	}

	public Long getPdfSize() {
		return this.pdfSize;
	}

}
