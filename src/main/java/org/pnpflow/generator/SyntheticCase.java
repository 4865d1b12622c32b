package org.pnpflow.generator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One concluded case as the generator writes it: the file's facts, the periods it spent
 * at tasks and waiting on the applicant, the milestones it reached and its fee. Built by
 * {@link CaseShapes} from random draws, or by hand in a test that needs known answers.
 */
public final class SyntheticCase {

	/** A visit to a user task. */
	public record Visit(String taskKey, String stage, Instant entered, Instant left) {
	}

	/** A wait on the applicant. */
	public record Wait(String reason, Instant started, Instant ended) {
	}

	/** A milestone reached, with the part of the time since receipt spent waiting. */
	public record Milestone(String name, Instant reached, long waitingSeconds) {
	}

	final String stream;

	final String channel;

	final String citizenship;

	final boolean represented;

	final Instant receivedAt;

	String outcome;

	Instant concludedAt;

	BigDecimal fee;

	Instant paidAt;

	boolean refunded;

	final List<Visit> visits = new ArrayList<>();

	final List<Wait> waits = new ArrayList<>();

	final List<Milestone> milestones = new ArrayList<>();

	public SyntheticCase(String stream, String channel, String citizenship, boolean represented, Instant receivedAt) {
		this.stream = stream;
		this.channel = channel;
		this.citizenship = citizenship;
		this.represented = represented;
		this.receivedAt = receivedAt;
	}

	/**
	 * Its outcome ({@code NOMINATED}, {@code REFUSED}, {@code WITHDRAWN}...) and when.
	 */
	public SyntheticCase concluded(String outcome, Instant at) {
		this.outcome = outcome;
		this.concludedAt = at;
		return this;
	}

	/** Its fee, paid at the moment, and whether it was refunded. */
	public SyntheticCase paid(BigDecimal fee, Instant at, boolean refunded) {
		this.fee = fee;
		this.paidAt = at;
		this.refunded = refunded;
		return this;
	}

	public SyntheticCase visit(String taskKey, String stage, Instant entered, Instant left) {
		this.visits.add(new Visit(taskKey, stage, entered, left));
		return this;
	}

	public SyntheticCase waited(String reason, Instant started, Instant ended) {
		this.waits.add(new Wait(reason, started, ended));
		return this;
	}

	/**
	 * A milestone reached at the moment; its waiting time is that of the waits before.
	 */
	public SyntheticCase reached(String milestone, Instant at) {
		long waiting = 0;
		for (Wait wait : this.waits) {
			Instant until = wait.ended().isBefore(at) ? wait.ended() : at;
			if (until.isAfter(wait.started())) {
				waiting += until.getEpochSecond() - wait.started().getEpochSecond();
			}
		}
		this.milestones.add(new Milestone(milestone, at, waiting));
		return this;
	}

	/** Moves every moment of the case back by the seconds (to end it in the past). */
	SyntheticCase shiftedBack(long seconds) {
		SyntheticCase moved = new SyntheticCase(this.stream, this.channel, this.citizenship, this.represented,
				this.receivedAt.minusSeconds(seconds));
		moved.concluded(this.outcome, this.concludedAt.minusSeconds(seconds));
		if (this.fee != null) {
			moved.paid(this.fee, this.paidAt.minusSeconds(seconds), this.refunded);
		}
		this.visits.forEach((v) -> moved.visit(v.taskKey(), v.stage(), v.entered().minusSeconds(seconds),
				v.left().minusSeconds(seconds)));
		this.waits.forEach(
				(w) -> moved.waited(w.reason(), w.started().minusSeconds(seconds), w.ended().minusSeconds(seconds)));
		this.milestones.forEach((m) -> moved.milestones
			.add(new Milestone(m.name(), m.reached().minusSeconds(seconds), m.waitingSeconds())));
		return moved;
	}

}
