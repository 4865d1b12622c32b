package org.pnpflow.interview;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An interview with the applicant: when, how, where, and what came of it.
 */
@Entity
public class Interview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private LocalDateTime scheduledFor;

	private String mode;

	private String location;

	private String scheduledBy;

	private String outcome;

	private String notes;

	private String recordedBy;

	private LocalDate replyDeadline;

	protected Interview() {
	}

	public Interview(Long applicationId, LocalDateTime scheduledFor, String mode, String location, String scheduledBy) {
		this.applicationId = applicationId;
		this.scheduledFor = scheduledFor;
		this.mode = mode;
		this.location = location;
		this.scheduledBy = scheduledBy;
	}

	public LocalDateTime getScheduledFor() {
		return this.scheduledFor;
	}

	public String getMode() {
		return this.mode;
	}

	public String getLocation() {
		return this.location;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public String getNotes() {
		return this.notes;
	}

	public LocalDate getReplyDeadline() {
		return this.replyDeadline;
	}

	public void setReplyDeadline(LocalDate replyDeadline) {
		this.replyDeadline = replyDeadline;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	void record(String outcome, String notes, String recordedBy) {
		this.outcome = outcome;
		this.notes = notes;
		this.recordedBy = recordedBy;
	}

}
