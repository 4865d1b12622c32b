package org.pnpflow.archive;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The register of archived files: it outlives the file.
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

	private Instant archivedAt;

	private String retentionRule;

	protected ArchiveRecord() {
	}

	ArchiveRecord(String fileNumber, String stream, String outcome, Instant receivedAt, Instant archivedAt,
			String retentionRule) {
		this.fileNumber = fileNumber;
		this.stream = stream;
		this.outcome = outcome;
		this.receivedAt = receivedAt;
		this.archivedAt = archivedAt;
		this.retentionRule = retentionRule;
	}

	public String getFileNumber() {
		return this.fileNumber;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public String getRetentionRule() {
		return this.retentionRule;
	}

}
