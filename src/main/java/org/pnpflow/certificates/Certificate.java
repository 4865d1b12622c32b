package org.pnpflow.certificates;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A Nominee Certificate: unique number, issue and expiry dates, the signing director, and
 * its status over its life.
 */
@Entity
public class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String certificateNumber;

	private LocalDate issuedOn;

	private LocalDate expiresOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String signedBy;

	private String permanentResidenceOutcome;

	private String pdfSha256;

	private LocalDate firstExpiresOn;

	protected Certificate() {
	}

	Certificate(Long applicationId, String certificateNumber, LocalDate issuedOn, LocalDate expiresOn,
			String signedBy) {
		this.applicationId = applicationId;
		this.certificateNumber = certificateNumber;
		this.issuedOn = issuedOn;
		this.expiresOn = expiresOn;
		this.signedBy = signedBy;
		this.status = Status.VALID;
		this.firstExpiresOn = expiresOn;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getCertificateNumber() {
		return this.certificateNumber;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getSignedBy() {
		return this.signedBy;
	}

	public String getPermanentResidenceOutcome() {
		return this.permanentResidenceOutcome;
	}

	public Long getId() {
		return this.id;
	}

	public String getPdfSha256() {
		return this.pdfSha256;
	}

	void attachPdf(String sha256) {
		this.pdfSha256 = sha256;
	}

	public LocalDate getFirstExpiresOn() {
		return this.firstExpiresOn;
	}

	/** Valid or extended: the nominee can still use it. */
	public boolean isInForce() {
		return this.status == Status.VALID || this.status == Status.EXTENDED;
	}

	void expire() {
		if (isInForce()) {
			this.status = Status.EXPIRED;
		}
	}

	void extendUntil(LocalDate newExpiry) {
		if (!isInForce()) {
			throw new IllegalStateException(
					"Certificate " + this.certificateNumber + " is " + this.status + " and cannot be extended");
		}
		this.expiresOn = newExpiry;
		this.status = Status.EXTENDED;
	}

	void withdraw() {
		this.status = Status.WITHDRAWN;
	}

	void recordPermanentResidence(String outcome) {
		this.permanentResidenceOutcome = outcome;
		if (isInForce()) {
			this.status = Status.USED;
		}
	}

	public enum Status {

		/** Issued and within its validity. */
		VALID,
		/** Within a validity the manager extended. */
		EXTENDED,
		/**
		 * The nominee's permanent residence application was decided by the federal
		 * department.
		 */
		USED,
		/** Reached its expiry date without an extension. */
		EXPIRED,
		/** The program withdrew the nomination. */
		WITHDRAWN

	}

}
