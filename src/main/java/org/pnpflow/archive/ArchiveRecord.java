package org.pnpflow.archive;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The archive register: one entry per archived file, with the package written, its
 * checksum and the rule it was archived by. It outlives the file.
 */
@Entity
@Table(name = "archive_register")
public class ArchiveRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileNumber;

	private String stream;

	private String outcome;

	private Instant receivedAt;

	private Instant decidedAt;

	private String certificateNumber;

	private Instant archivedAt;

	private String retentionRule;

	private String packageName;

	private String packageSha256;

	private Long packageBytes;

	private Integer packageFiles;

	private Instant verifiedAt;

	private Instant personalDataRemovedAt;

	protected ArchiveRecord() {
	}

	ArchiveRecord(String fileNumber, String stream, String outcome, Instant receivedAt, Instant decidedAt,
			String certificateNumber, String retentionRule) {
		this.fileNumber = fileNumber;
		this.stream = stream;
		this.outcome = outcome;
		this.receivedAt = receivedAt;
		this.decidedAt = decidedAt;
		this.certificateNumber = certificateNumber;
		this.retentionRule = retentionRule;
	}

	/**
	 * The package written for the file and checked, checksum by checksum, at that moment.
	 */
	void packageVerified(BagWriter.WrittenBag bag, Instant at) {
		this.packageName = bag.directory().getFileName().toString();
		this.packageSha256 = bag.tagManifestSha256();
		this.packageBytes = bag.payloadBytes();
		this.packageFiles = bag.payloadFiles();
		this.archivedAt = at;
		this.verifiedAt = at;
	}

	void personalDataRemoved(Instant at) {
		this.personalDataRemovedAt = at;
	}

	public boolean isPersonalDataRemoved() {
		return this.personalDataRemovedAt != null;
	}

	public String getFileNumber() {
		return this.fileNumber;
	}

	public String getStream() {
		return this.stream;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getCertificateNumber() {
		return this.certificateNumber;
	}

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public String getRetentionRule() {
		return this.retentionRule;
	}

	public String getPackageName() {
		return this.packageName;
	}

	public String getPackageSha256() {
		return this.packageSha256;
	}

	public Long getPackageBytes() {
		return this.packageBytes;
	}

	public Integer getPackageFiles() {
		return this.packageFiles;
	}

	public Instant getVerifiedAt() {
		return this.verifiedAt;
	}

	public Instant getPersonalDataRemovedAt() {
		return this.personalDataRemovedAt;
	}

}
