package org.pnpflow.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pnpflow.assessment.Recommendation;
import org.pnpflow.assessment.Recommendations;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Bans for misrepresentation: imposed when a refusal for misrepresentation is recorded,
 * for {@code pnp.integrity.misrepresentation-ban}, and found again by the program-records
 * check of any later file of the same person.
 */
@Service
public class MisrepresentationBans {

	private final MisrepresentationBanRepository bans;

	private final Recommendations recommendations;

	private final CaseNoteRepository notes;

	private final JdbcTemplate jdbc;

	private final PnpProperties properties;

	private final ProgramClock clock;

	MisrepresentationBans(MisrepresentationBanRepository bans, Recommendations recommendations,
			CaseNoteRepository notes, JdbcTemplate jdbc, PnpProperties properties, ProgramClock clock) {
		this.bans = bans;
		this.recommendations = recommendations;
		this.notes = notes;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Bans the applicant of a file refused for misrepresentation; once per file, so a
	 * step that runs again imposes nothing new.
	 */
	public MisrepresentationBan imposeOn(ApplicationFile file) {
		Optional<MisrepresentationBan> earlier = this.bans.findByApplicationId(file.getId());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Applicant applicant = file.getApplicant();
		LocalDate today = this.clock.today();
		LocalDate endsOn = today.plus(this.properties.getIntegrity().getMisrepresentationBan());
		Recommendation refusal = this.recommendations.latest(file)
			.orElseThrow(() -> new IllegalStateException("File " + file.getFileNumber() + " has no recommendation"));
		MisrepresentationBan ban = this.bans
			.save(new MisrepresentationBan(file.getId(), applicant.getPassportNumber(), applicant.getFamilyName(),
					applicant.getDateOfBirth(), today, endsOn, refusal.getReasons(), refusal.getRecommendedBy()));
		this.notes.save(new CaseNote(file.getId(), "system", this.clock.now(), "Program integrity",
				"Refused for misrepresentation: barred from applying until " + endsOn + "."));
		return ban;
	}

	/**
	 * Bans still in force on the same person (same passport number, or same family name
	 * and date of birth) from other files, as "file number until date".
	 */
	public List<String> inForceFor(ApplicationFile file) {
		Applicant applicant = file.getApplicant();
		return this.jdbc.query("""
				select f.file_number, b.ends_on from misrepresentation_ban b
				join application_file f on f.id = b.application_id
				where b.application_id <> ? and b.ends_on >= ?
				and (b.passport_number = ? or (lower(b.family_name) = lower(?) and b.date_of_birth = ?))
				order by b.ends_on desc
				""", (row, i) -> row.getString(1) + " (barred until " + row.getObject(2, LocalDate.class) + ")",
				file.getId(), this.clock.today(), applicant.getPassportNumber(), applicant.getFamilyName(),
				applicant.getDateOfBirth());
	}

}
