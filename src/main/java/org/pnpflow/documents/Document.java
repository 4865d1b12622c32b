package org.pnpflow.documents;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A document on a file: its type, how it arrived, its dates and number.
 */
@Entity
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String documentType;

	private String channel;

	private Instant receivedAt;

	private LocalDate issuedOn;

	private LocalDate expiresOn;

	private String documentNumber;

	private String recordedBy;

	protected Document() {
	}

	public Document(Long applicationId, String documentType, String channel, Instant receivedAt, LocalDate issuedOn,
			LocalDate expiresOn, String documentNumber, String recordedBy) {
		this.applicationId = applicationId;
		this.documentType = documentType;
		this.channel = channel;
		this.receivedAt = receivedAt;
		this.issuedOn = issuedOn;
		this.expiresOn = expiresOn;
		this.documentNumber = documentNumber;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getDocumentType() {
		return this.documentType;
	}

	public String getChannel() {
		return this.channel;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
