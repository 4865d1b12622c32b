package org.pnpflow.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Draws concluded cases that look like a PNP unit's years: streams, countries and
 * channels in uneven shares, four in ten with a representative, and times at each task
 * and waiting on the applicant that are mostly short with a long tail (log-normal), so
 * that medians and 90th percentiles differ as they do in practice. The same seed draws
 * the same cases.
 */
final class CaseShapes {

	private static final String[] COUNTRIES = { "IN", "PH", "NG", "CN", "PK", "IR", "UA", "GB", "US", "MX", "BR", "VN",
			"KR", "FR", "EG", "BD", "LK", "JM", "KE", "CO" };

	private static final int[] COUNTRY_WEIGHTS = { 24, 14, 10, 9, 6, 5, 5, 4, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1 };

	private static final BigDecimal FEE = new BigDecimal("1500.00");

	private static final BigDecimal ENTREPRENEUR_FEE = new BigDecimal("3500.00");

	private final Random random;

	private final List<String> streams;

	private final int[] streamWeights;

	private final Instant now;

	private final Duration span;

	/**
	 * @param streams the program's stream codes; the first ones get more applications
	 * @param now the latest a case may end
	 * @param span how far back receipts go
	 */
	CaseShapes(long seed, List<String> streams, Instant now, Duration span) {
		this.random = new Random(seed);
		this.streams = streams;
		this.streamWeights = new int[streams.size()];
		for (int i = 0; i < streams.size(); i++) {
			this.streamWeights[i] = Math.max(1, 40 - 8 * i);
		}
		this.now = now;
		this.span = span;
	}

	/** A concluded case received within the span, ended before now. */
	SyntheticCase next() {
		String stream = this.streams.get(pick(this.streamWeights));
		Instant received = this.now.minusSeconds((long) (this.random.nextDouble() * this.span.toSeconds()));
		SyntheticCase shaped = new SyntheticCase(stream, (this.random.nextInt(100) < 85) ? "PORTAL" : "PAPER",
				COUNTRIES[pick(COUNTRY_WEIGHTS)], this.random.nextInt(100) < 40, received);
		shaped.paid(stream.equals("ENTREPRENEUR") ? ENTREPRENEUR_FEE : FEE, received.plus(hours(1, 48)), false);
		Instant t = received.plus(hours(1, 6));

		// completeness, perhaps after asking for missing information
		Instant left = t.plus(days(2.0, 0.8));
		shaped.visit("UserTask_ConfirmCompleteness", "Confirm completeness", t, left);
		t = left;
		if (this.random.nextInt(100) < 30) {
			Instant answered = t.plus(days(12, 0.6));
			shaped.waited("MISSING_INFORMATION", t, answered);
			if (this.random.nextInt(100) < 12) {
				return end(shaped.concluded("CLOSED_INCOMPLETE", answered));
			}
			left = answered.plus(days(1.0, 0.8));
			shaped.visit("UserTask_ConfirmCompleteness", "Confirm completeness", answered, left);
			t = left;
		}
		shaped.reached("COMPLETENESS", t);
		if (this.random.nextInt(100) < 5) {
			shaped.paid(shaped.fee, shaped.paidAt, true);
			return end(shaped.concluded("WITHDRAWN", t.plus(days(10, 0.8))));
		}

		// verification and the interview
		t = t.plus(days(9, 0.7));
		left = t.plus(days(2, 0.9));
		shaped.visit("UserTask_ScheduleInterview", "Schedule interview", t, left);
		t = left;
		if (this.random.nextInt(100) < 10) {
			Instant replied = t.plus(days(6, 0.5));
			shaped.waited("INTERVIEW_SCHEDULING", t, replied);
			t = replied;
		}
		t = t.plus(days(8, 0.5));
		left = t.plus(days(1, 0.8));
		shaped.visit("UserTask_RecordInterviewOutcome", "Record interview outcome", t, left);
		t = left;
		left = t.plus(days(6, 0.8));
		shaped.visit("UserTask_AssessEligibility", "Assess eligibility", t, left);
		t = left;
		shaped.reached("ASSESSMENT", t);
		if (this.random.nextInt(100) < 4) {
			return end(shaped.concluded("WITHDRAWN", t.plus(days(5, 0.8))));
		}

		// recommendation, sign-off, fairness for a refusal, the director's signature
		boolean refused = this.random.nextInt(100) < 18;
		left = t.plus(days(3, 0.8));
		shaped.visit("UserTask_MakeFinalRecommendation", "Make final recommendation", t, left);
		t = left;
		if (refused && this.random.nextBoolean()) {
			Instant responded = t.plus(days(25, 0.3));
			shaped.waited("PROCEDURAL_FAIRNESS", t, responded);
			t = responded;
		}
		left = t.plus(days(2, 0.9));
		shaped.visit("UserTask_SignOffRecommendation", "Sign off recommendation", t, left);
		t = left;
		if (!refused) {
			left = t.plus(days(2, 0.9));
			shaped.visit("UserTask_SignNomination", "Sign nomination", t, left);
			t = left;
		}
		shaped.reached("DECISION", t);
		return end(shaped.concluded(refused ? "REFUSED" : "NOMINATED", t));
	}

	/** A case that would end after now is moved back to end a few days ago. */
	private SyntheticCase end(SyntheticCase shaped) {
		if (shaped.concludedAt.isBefore(this.now)) {
			return shaped;
		}
		long late = shaped.concludedAt.getEpochSecond() - this.now.getEpochSecond();
		return shaped.shiftedBack(late + days(3, 0.8).toSeconds());
	}

	/** A log-normal time around the median, in days (sigma controls the tail). */
	private Duration days(double median, double sigma) {
		double value = median * Math.exp(sigma * this.random.nextGaussian());
		return Duration.ofSeconds((long) (Math.min(value, median * 20) * 86_400));
	}

	private Duration hours(int least, int most) {
		return Duration.ofMinutes((long) ((least + this.random.nextDouble() * (most - least)) * 60));
	}

	private int pick(int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
