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

	private String holderFamilyName;

	private String holderGivenNames;

	private LocalDate holderDateOfBirth;

	private String fileName;

	private String contentType;

	private Long sizeBytes;

	private String sha256;

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

	public String getHolderFamilyName() {
		return this.holderFamilyName;
	}

	public String getHolderGivenNames() {
		return this.holderGivenNames;
	}

	public LocalDate getHolderDateOfBirth() {
		return this.holderDateOfBirth;
	}

	/** Whose document this says it is, where the document shows a holder. */
	public Document heldBy(String familyName, String givenNames, LocalDate dateOfBirth) {
		this.holderFamilyName = familyName;
		this.holderGivenNames = givenNames;
		this.holderDateOfBirth = dateOfBirth;
		return this;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public Long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public boolean hasContent() {
		return this.sha256 != null;
	}

	/** The uploaded file this record describes. */
	public Document withContent(String fileName, String contentType, long sizeBytes, String sha256) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		return this;
	}

}
