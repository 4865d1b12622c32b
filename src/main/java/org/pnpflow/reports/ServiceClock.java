package org.pnpflow.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Outcome;
import org.pnpflow.process.CaseTimeline;
import org.pnpflow.process.ProgramClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records, as the case moves, what the service-time reports read: each visit to a user
 * task, each wait on the applicant, and each milestone with the time since receipt and
 * the part of it spent waiting on the applicant. Written in the engine's transaction, so
 * a step rolled back records nothing.
 */
@Component
class ServiceClock implements CaseTimeline {

	static final String DECISION = "DECISION";

	private final JdbcTemplate jdbc;

	private final ProgramClock clock;

	private final ReportProperties properties;

	ServiceClock(JdbcTemplate jdbc, ProgramClock clock, ReportProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public void taskCreated(ApplicationFile file, String taskId, String taskKey, String stage) {
		this.jdbc.update(
				"insert into stage_visit (application_id, stream, task_id, task_key, stage, entered_at)"
						+ " values (?, ?, ?, ?, ?, ?)",
				file.getId(), file.getStream(), taskId, taskKey, stage, timestamp(now()));
	}

	@Override
	public void taskEnded(ApplicationFile file, String taskId, String taskKey, boolean completed) {
		Instant now = now();
		// by the task's id: two tasks of one kind can be open at once on a file
		close("stage_visit", "entered_at", "left_at", "task_id", file, taskId, now);
		if (completed) {
			this.properties.getMilestones()
				.entrySet()
				.stream()
				.filter((milestone) -> milestone.getValue().equals(taskKey))
				.forEach((milestone) -> reach(file, milestone.getKey(), now));
		}
	}

	@Override
	public void waitingStarted(ApplicationFile file, String reason) {
		this.jdbc.update("insert into applicant_wait (application_id, stream, reason, started_at) values (?, ?, ?, ?)",
				file.getId(), file.getStream(), reason, timestamp(now()));
	}

	@Override
	public void waitingEnded(ApplicationFile file, String reason) {
		close("applicant_wait", "started_at", "ended_at", "reason", file, reason, now());
	}

	@Override
	public void concluded(ApplicationFile file, Outcome outcome) {
		if (outcome.isDecision()) {
			reach(file, DECISION, now());
		}
	}

	/** Ends the open periods of the file with the key, each with its length. */
	private void close(String table, String start, String end, String keyColumn, ApplicationFile file, String key,
			Instant now) {
		List<Map<String, Object>> open = this.jdbc.queryForList("select id, " + start + " from " + table
				+ " where application_id = ? and " + keyColumn + " = ? and " + end + " is null", file.getId(), key);
		for (Map<String, Object> period : open) {
			Instant started = instant(period.get(start));
			this.jdbc.update("update " + table + " set " + end + " = ?, elapsed_seconds = ? where id = ?",
					timestamp(now), Duration.between(started, now).toSeconds(), period.get("id"));
		}
	}

	/**
	 * The milestone reached now: the time since receipt and the time spent waiting on the
	 * applicant in between. Reached again (a task completed a second time), it moves.
	 */
	private void reach(ApplicationFile file, String milestone, Instant now) {
		long elapsed = Duration.between(file.getReceivedAt(), now).toSeconds();
		// the waits between receipt and now, overlapping ones counted once
		List<Instant[]> periods = new ArrayList<>();
		for (Map<String, Object> wait : this.jdbc
			.queryForList("select started_at, ended_at from applicant_wait where application_id = ?", file.getId())) {
			Instant from = max(instant(wait.get("started_at")), file.getReceivedAt());
			Instant until = (wait.get("ended_at") != null) ? min(instant(wait.get("ended_at")), now) : now;
			if (until.isAfter(from)) {
				periods.add(new Instant[] { from, until });
			}
		}
		periods.sort(Comparator.comparing((Instant[] period) -> period[0]));
		long waiting = 0;
		Instant counted = Instant.MIN;
		for (Instant[] period : periods) {
			Instant from = max(period[0], counted);
			if (period[1].isAfter(from)) {
				waiting += Duration.between(from, period[1]).toSeconds();
				counted = period[1];
			}
		}
		this.jdbc.update("delete from service_time where application_id = ? and milestone = ?", file.getId(),
				milestone);
		this.jdbc.update(
				"insert into service_time (application_id, stream, milestone, reached_at, elapsed_seconds,"
						+ " waiting_seconds) values (?, ?, ?, ?, ?, ?)",
				file.getId(), file.getStream(), milestone, timestamp(now), elapsed, Math.min(waiting, elapsed));
	}

	private Instant now() {
		return this.clock.now();
	}

	/**
	 * The JDBC value of a {@code timestamp with time zone}, the same on H2 and
	 * PostgreSQL.
	 */
	static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		throw new IllegalStateException("Not a point in time: " + value);
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
