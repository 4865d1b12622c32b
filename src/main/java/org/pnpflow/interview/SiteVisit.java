package org.pnpflow.interview;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A visit to the applicant's business or employer: what was seen and what it means.
 */
@Entity
public class SiteVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private LocalDate visitedOn;

	private String observations;

	private String findings;

	private String result;

	private String recordedBy;

	private Instant recordedAt;

	protected SiteVisit() {
	}

	public SiteVisit(Long applicationId, LocalDate visitedOn, String observations, String findings, String result,
			String recordedBy, Instant recordedAt) {
		this.applicationId = applicationId;
		this.visitedOn = visitedOn;
		this.observations = observations;
		this.findings = findings;
		this.result = result;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public LocalDate getVisitedOn() {
		return this.visitedOn;
	}

	public String getObservations() {
		return this.observations;
	}

	public String getFindings() {
		return this.findings;
	}

	public String getResult() {
		return this.result;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
