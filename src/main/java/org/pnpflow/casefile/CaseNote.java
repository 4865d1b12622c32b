package org.pnpflow.casefile;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A note on a file, written as if it will be disclosed to the applicant.
 */
@Entity
public class CaseNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String author;

	private Instant writtenAt;

	private String topic;

	private String body;

	protected CaseNote() {
	}

	public CaseNote(Long applicationId, String author, Instant writtenAt, String topic, String body) {
		this.applicationId = applicationId;
		this.author = author;
		this.writtenAt = writtenAt;
		this.topic = topic;
		this.body = body;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public String getTopic() {
		return this.topic;
	}

	public String getBody() {
		return this.body;
	}

}
