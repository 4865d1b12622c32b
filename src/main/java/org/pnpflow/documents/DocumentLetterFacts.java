package org.pnpflow.documents;

import java.util.Map;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.letters.LetterFactsProvider;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The outstanding items and the applicant's deadline, for the letters of the
 * missing-information loop.
 */
@Component
class DocumentLetterFacts implements LetterFactsProvider {

	private final DocumentChecks checks;

	private final Letters letters;

	DocumentLetterFacts(DocumentChecks checks, @Lazy Letters letters) {
		this.checks = checks;
		this.letters = letters;
	}

	@Override
	public void contribute(ApplicationFile file, LetterType type, Map<String, Object> facts) {
		if (type != LetterType.MISSING_INFORMATION && type != LetterType.MISSING_INFORMATION_REMINDER
				&& type != LetterType.CLOSED_INCOMPLETE) {
			return;
		}
		facts.put("items", this.checks.itemsForLetter(file));
		if (file.getInformationDeadline() != null) {
			facts.put("deadline",
					this.letters.formatDate(file.getInformationDeadline(), file.getApplicant().getPreferredLanguage()));
			facts.put("deadlineInstant", file.getInformationDeadline().toString());
		}
	}

}
