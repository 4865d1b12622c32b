package org.pnpflow.verification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProgramClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkProgramRecords}}: looks for the same person on other files of the program
 * (same passport number, or same family name and date of birth), for earlier refusals
 * among them, and for a misrepresentation ban still in force.
 */
@Component("checkProgramRecords")
class ProgramRecordsCheckDelegate implements JavaDelegate {

	static final String CHECK_TYPE = "PROGRAM_RECORDS";

	static final int LISTED = 20;

	private final CaseFiles files;

	private final JdbcTemplate jdbc;

	private final VerificationCheckRepository checks;

	private final ProgramClock clock;

	private final MisrepresentationBans bans;

	ProgramRecordsCheckDelegate(CaseFiles files, JdbcTemplate jdbc, VerificationCheckRepository checks,
			MisrepresentationBans bans, ProgramClock clock) {
		this.files = files;
		this.bans = bans;
		this.jdbc = jdbc;
		this.checks = checks;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		Applicant applicant = file.getApplicant();
		List<String> others = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		List<String> openWithSamePassport = new ArrayList<>();
		this.jdbc.query("""
				select f.file_number, f.outcome, f.status, a.passport_number from application_file f
				join applicant a on a.id = f.applicant_id
				where f.id <> ? and (a.passport_number = ? or (lower(a.family_name) = lower(?) and a.date_of_birth = ?))
				order by f.received_at
				""", (row) -> {
			others.add(row.getString(1));
			if ("REFUSED".equals(row.getString(2))) {
				refusals.add(row.getString(1));
			}
			if ("OPEN".equals(row.getString(3)) && applicant.getPassportNumber().equals(row.getString(4))) {
				openWithSamePassport.add(row.getString(1));
			}
		}, file.getId(), applicant.getPassportNumber(), applicant.getFamilyName(), applicant.getDateOfBirth());
		List<String> bansInForce = this.bans.inForceFor(file);
		VerificationResult result;
		String evidence;
		if (!bansInForce.isEmpty()) {
			result = VerificationResult.CONCERN;
			evidence = "A misrepresentation ban is in force on the same person: " + listed(bansInForce)
					+ ". All files of the same person: " + listed(others) + ".";
		}
		else if (!openWithSamePassport.isEmpty()) {
			result = VerificationResult.CONCERN;
			evidence = "The same passport number is on another open file: " + listed(openWithSamePassport)
					+ ". Two applications of one person are open at once.";
		}
		else if (!refusals.isEmpty()) {
			result = VerificationResult.CONCERN;
			evidence = "Earlier refusal(s) of the same person: " + listed(refusals) + ". All files of the same person: "
					+ listed(others) + ".";
		}
		else if (!others.isEmpty()) {
			result = VerificationResult.CLEAR;
			evidence = "Other files of the same person, none refused: " + listed(others) + ".";
		}
		else {
			result = VerificationResult.CLEAR;
			evidence = "No other file with the same passport number, or the same family name and date of birth.";
		}
		this.checks.save(new VerificationCheck(file.getId(), CHECK_TYPE, result, evidence, "system", this.clock.now()));
	}

	/**
	 * File numbers for the evidence, at most {@value #LISTED}, then how many more: a
	 * person with many files (or a common name and birth date) must not make the evidence
	 * longer than its column or the task's details.
	 */
	static String listed(List<String> numbers) {
		if (numbers.size() <= LISTED) {
			return String.join(", ", numbers);
		}
		return String.join(", ", numbers.subList(0, LISTED)) + " and " + (numbers.size() - LISTED) + " more";
	}

}
