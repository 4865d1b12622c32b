package org.pnpflow.fees;

import java.util.Map;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.letters.LetterFactsProvider;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The fee, what was paid, the balance and its deadline, for the letters about an unpaid
 * fee.
 */
@Component
class FeeLetterFacts implements LetterFactsProvider {

	private final Fees fees;

	private final Letters letters;

	FeeLetterFacts(Fees fees, @Lazy Letters letters) {
		this.fees = fees;
		this.letters = letters;
	}

	@Override
	public void contribute(ApplicationFile file, LetterType type, Map<String, Object> facts) {
		if (type != LetterType.FEE_BALANCE_DUE && type != LetterType.CLOSED_UNPAID) {
			return;
		}
		facts.put("fee", file.getExpectedFee() != null ? file.getExpectedFee() : this.fees.expectedFee(file));
		facts.put("paid", this.fees.paid(file));
		facts.put("balance", this.fees.balanceOwing(file));
		if (file.getFeeBalanceDueBy() != null) {
			facts.put("deadline",
					this.letters.formatDate(file.getFeeBalanceDueBy(), file.getApplicant().getPreferredLanguage()));
			facts.put("deadlineInstant", file.getFeeBalanceDueBy().toString());
		}
	}

}
