package org.pnpflow.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A manager's or director's decision on a recommendation: who, when, what and why.
 */
@Entity
public class SignOff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Long recommendationId;

	@Enumerated(EnumType.STRING)
	private Role signingRole;

	private String decision;

	private String comments;

	private String decidedBy;

	private Instant decidedAt;

	protected SignOff() {
	}

	public SignOff(Long applicationId, Long recommendationId, Role signingRole, String decision, String comments,
			String decidedBy, Instant decidedAt) {
		this.applicationId = applicationId;
		this.recommendationId = recommendationId;
		this.signingRole = signingRole;
		this.decision = decision;
		this.comments = comments;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public Long getRecommendationId() {
		return this.recommendationId;
	}

	public Role getSigningRole() {
		return this.signingRole;
	}

	public String getDecision() {
		return this.decision;
	}

	public String getComments() {
		return this.comments;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public enum Role {

		MANAGER, DIRECTOR

	}

}
