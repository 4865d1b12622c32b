package org.pnpflow.caseview;

import java.util.List;

import org.pnpflow.assessment.RecommendationRepository;
import org.pnpflow.assessment.SignOffRepository;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.caseview.CaseFileView.InterviewRow;
import org.pnpflow.caseview.CaseFileView.RecommendationRow;
import org.pnpflow.caseview.CaseFileView.SignOffRow;
import org.pnpflow.caseview.CaseFileView.SiteVisitRow;
import org.pnpflow.caseview.CaseFileView.VerificationRow;
import org.pnpflow.interview.InterviewRepository;
import org.pnpflow.interview.SiteVisitRepository;
import org.pnpflow.verification.VerificationCheckRepository;
import org.springframework.stereotype.Component;

/**
 * What was checked and decided on a file, for its case view: verification results,
 * interviews and site visits, recommendations and their sign-offs.
 */
@Component
class AssessmentRecords {

	private final VerificationCheckRepository checks;

	private final InterviewRepository interviews;

	private final SiteVisitRepository siteVisits;

	private final RecommendationRepository recommendations;

	private final SignOffRepository signOffs;

	AssessmentRecords(VerificationCheckRepository checks, InterviewRepository interviews,
			SiteVisitRepository siteVisits, RecommendationRepository recommendations, SignOffRepository signOffs) {
		this.checks = checks;
		this.interviews = interviews;
		this.siteVisits = siteVisits;
		this.recommendations = recommendations;
		this.signOffs = signOffs;
	}

	List<VerificationRow> verification(ApplicationFile file) {
		return this.checks.findByApplicationIdOrderByIdAsc(file.getId())
			.stream()
			.map((check) -> new VerificationRow(check.getCheckType(), check.getResult().name(), check.getEvidence(),
					check.getCheckedBy(), check.getCheckedAt()))
			.toList();
	}

	List<InterviewRow> interviews(ApplicationFile file) {
		return this.interviews.findByApplicationIdOrderByIdAsc(file.getId())
			.stream()
			.map((interview) -> new InterviewRow(interview.getScheduledFor(), interview.getMode(),
					interview.getLocation(), interview.getOutcome(), interview.getNotes(), interview.getReplyDeadline(),
					interview.getRecordedBy()))
			.toList();
	}

	List<SiteVisitRow> siteVisits(ApplicationFile file) {
		return this.siteVisits.findByApplicationIdOrderByIdAsc(file.getId())
			.stream()
			.map((visit) -> new SiteVisitRow(visit.getPlannedOn(), visit.getPlannedAddress(), visit.getPlannedTeam(),
					visit.getPlannedFocus(), visit.getVisitedOn(), visit.getObservations(), visit.getFindings(),
					visit.getResult(), visit.getRecordedBy()))
			.toList();
	}

	List<RecommendationRow> recommendations(ApplicationFile file) {
		return this.recommendations.findByApplicationIdOrderByIdAsc(file.getId())
			.stream()
			.map((recommendation) -> new RecommendationRow(recommendation.getId(),
					recommendation.getRecommendation().name(), recommendation.getReasons(),
					recommendation.isWorkPermitSupport(), recommendation.getPointsTotal(), recommendation.getPassMark(),
					recommendation.getCriteriaMet(), recommendation.getRecommendedBy(),
					recommendation.getRecommendedAt()))
			.toList();
	}

	List<SignOffRow> signOffs(ApplicationFile file) {
		return this.signOffs.findByApplicationIdOrderByIdAsc(file.getId())
			.stream()
			.map((signOff) -> new SignOffRow(signOff.getRecommendationId(), signOff.getSigningRole().name(),
					signOff.getDecision(), signOff.getComments(), signOff.getDecidedBy(), signOff.getDecidedAt()))
			.toList();
	}

}
