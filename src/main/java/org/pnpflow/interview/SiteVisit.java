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

	private LocalDate plannedOn;

	private String plannedAddress;

	private String plannedTeam;

	private String plannedFocus;

	private String plannedBy;

	private LocalDate visitedOn;

	private String observations;

	private String findings;

	private String result;

	private String recordedBy;

	private Instant recordedAt;

	protected SiteVisit() {
	}

	/** A visit planned: when, where, who goes and what they look at. */
	public SiteVisit(Long applicationId, LocalDate plannedOn, String plannedAddress, String plannedTeam,
			String plannedFocus, String plannedBy) {
		this.applicationId = applicationId;
		this.plannedOn = plannedOn;
		this.plannedAddress = plannedAddress;
		this.plannedTeam = plannedTeam;
		this.plannedFocus = plannedFocus;
		this.plannedBy = plannedBy;
	}

	/** What was seen and found on the visit. */
	public void record(LocalDate visitedOn, String observations, String findings, String result, String recordedBy,
			Instant recordedAt) {
		this.visitedOn = visitedOn;
		this.observations = observations;
		this.findings = findings;
		this.result = result;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public LocalDate getPlannedOn() {
		return this.plannedOn;
	}

	public String getPlannedAddress() {
		return this.plannedAddress;
	}

	public String getPlannedTeam() {
		return this.plannedTeam;
	}

	public String getPlannedFocus() {
		return this.plannedFocus;
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
