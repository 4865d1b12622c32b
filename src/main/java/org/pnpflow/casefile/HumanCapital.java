package org.pnpflow.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the applicant says about themselves that the points grid scores: education,
 * language, experience, a job offer and ties to the province. Each may be missing on an
 * unscored stream.
 */
@Embeddable
public class HumanCapital {

	private String educationLevel;

	private String educationCredentialReference;

	private Integer languageBenchmark;

	private Integer experienceYears;

	@Column(nullable = false)
	private boolean jobOffer;

	private String provincialConnection;

	protected HumanCapital() {
	}

	public HumanCapital(String educationLevel, String educationCredentialReference, Integer languageBenchmark,
			Integer experienceYears, boolean jobOffer, String provincialConnection) {
		this.educationLevel = educationLevel;
		this.educationCredentialReference = educationCredentialReference;
		this.languageBenchmark = languageBenchmark;
		this.experienceYears = experienceYears;
		this.jobOffer = jobOffer;
		this.provincialConnection = provincialConnection;
	}

	public String getEducationLevel() {
		return this.educationLevel;
	}

	public String getEducationCredentialReference() {
		return this.educationCredentialReference;
	}

	public Integer getLanguageBenchmark() {
		return this.languageBenchmark;
	}

	public Integer getExperienceYears() {
		return this.experienceYears;
	}

	public boolean hasJobOffer() {
		return this.jobOffer;
	}

	public String getProvincialConnection() {
		return this.provincialConnection;
	}

}
