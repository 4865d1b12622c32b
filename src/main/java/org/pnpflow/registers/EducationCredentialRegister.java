package org.pnpflow.registers;

import java.time.LocalDate;
import java.util.List;

import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * The education credential register. Columns: {@code reference} (letters and digits, at
 * most 60), {@code holderFamilyName}, {@code holderDateOfBirth} (yyyy-MM-dd),
 * {@code credential} (what was assessed, e.g. "Master of Science, Computer Science"),
 * {@code level} (SECONDARY, ONE_YEAR_POST_SECONDARY, TWO_YEAR_POST_SECONDARY, BACHELOR,
 * TWO_OR_MORE_CREDENTIALS, MASTER, PROFESSIONAL, DOCTORATE), {@code issuedBy} (the
 * assessing organisation), {@code status} (VALID, REVOKED).
 */
@Component
class EducationCredentialRegister extends RegisterBook<EducationCredential> {

	private final ProgramClock clock;

	EducationCredentialRegister(EducationCredentialRegisterRepository repository, ProgramClock clock) {
		super(Register.EDUCATION_CREDENTIALS, repository, clock);
		this.clock = clock;
	}

	@Override
	List<String> columns() {
		return List.of("holderFamilyName", "holderDateOfBirth", "credential", "level", "issuedBy", "status");
	}

	@Override
	EducationCredential parse(String reference, EntryValues values) {
		String familyName = values.required("holderFamilyName", 100);
		LocalDate born = values.date("holderDateOfBirth", true);
		if (born != null && born.isAfter(this.clock.today())) {
			values.problem("holderDateOfBirth", "must not be in the future");
		}
		return new EducationCredential(reference, familyName, born, values.required("credential", 400),
				values.choice("level", EducationCredential.Level.class), values.required("issuedBy", 200),
				values.choice("status", EducationCredential.Status.class));
	}

	@Override
	void replace(EducationCredential entry, EducationCredential with) {
		entry.replaceWith(with);
	}

}
