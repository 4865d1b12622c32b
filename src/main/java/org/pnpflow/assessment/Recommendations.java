package org.pnpflow.assessment;

import java.util.Optional;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;

/**
 * Records recommendations, from an officer's assessment or from a program integrity
 * finding.
 */
@Service
public class Recommendations {

	private final RecommendationRepository recommendations;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	Recommendations(RecommendationRepository recommendations, CaseNoteRepository notes, ProgramClock clock) {
		this.recommendations = recommendations;
		this.notes = notes;
		this.clock = clock;
	}

	public Recommendation record(ApplicationFile file, Recommendation.Kind kind, String reasons,
			boolean workPermitSupport, String by) {
		Recommendation recommendation = this.recommendations
			.save(new Recommendation(file.getId(), kind, reasons, workPermitSupport, by, this.clock.now()));
		this.notes
			.save(new CaseNote(file.getId(), by, this.clock.now(), "Recommendation", kind.getLabel() + ": " + reasons));
		return recommendation;
	}

	public Optional<Recommendation> latest(ApplicationFile file) {
		return this.recommendations.findFirstByApplicationIdOrderByIdDesc(file.getId());
	}

}
