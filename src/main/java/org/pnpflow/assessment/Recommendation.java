package org.pnpflow.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An officer's recommendation on a file, with reasons. A file can have several: a
 * recommendation returned by the manager is followed by a new one.
 */
@Entity
public class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private Kind recommendation;

	private String reasons;

	private boolean workPermitSupport;

	private String recommendedBy;

	private Instant recommendedAt;

	private Integer pointsTotal;

	private Integer passMark;

	private String criteriaMet;

	protected Recommendation() {
	}

	public Recommendation(Long applicationId, Kind recommendation, String reasons, boolean workPermitSupport,
			String recommendedBy, Instant recommendedAt) {
		this.applicationId = applicationId;
		this.recommendation = recommendation;
		this.reasons = reasons;
		this.workPermitSupport = workPermitSupport;
		this.recommendedBy = recommendedBy;
		this.recommendedAt = recommendedAt;
	}

	/**
	 * What the officer assessed against: the points (scored streams) and the criteria
	 * confirmed.
	 */
	void assessedWith(Integer pointsTotal, Integer passMark, String criteriaMet) {
		this.pointsTotal = pointsTotal;
		this.passMark = passMark;
		this.criteriaMet = criteriaMet;
	}

	public Integer getPointsTotal() {
		return this.pointsTotal;
	}

	public Integer getPassMark() {
		return this.passMark;
	}

	public String getCriteriaMet() {
		return this.criteriaMet;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Kind getRecommendation() {
		return this.recommendation;
	}

	public String getReasons() {
		return this.reasons;
	}

	public boolean isWorkPermitSupport() {
		return this.workPermitSupport;
	}

	public String getRecommendedBy() {
		return this.recommendedBy;
	}

	public Instant getRecommendedAt() {
		return this.recommendedAt;
	}

	public enum Kind {

		NOMINATE("Recommend nomination"), REFUSE("Recommend refusal");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String getLabel() {
			return this.label;
		}

		public Kind opposite() {
			return this == NOMINATE ? REFUSE : NOMINATE;
		}

	}

}
