package org.pnpflow.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queues (Camunda candidate groups) that have had a task on a file, and when each
 * last finished one. Who works a queue may open the files of that queue; the queue that
 * finished a task last is the one a wait on the applicant answers to. Written in the
 * engine's transaction as tasks are created and completed.
 */
@Component
public class FileQueues {

	private final JdbcTemplate jdbc;

	FileQueues(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A task of the file was offered to these queues. */
	void offered(long applicationId, Collection<String> queues, Instant at) {
		for (String queue : queues) {
			this.jdbc.update(
					"insert into file_queue (application_id, queue, first_task_at, last_task_at)"
							+ " select ?, ?, ?, ? where not exists"
							+ " (select 1 from file_queue where application_id = ? and queue = ?)",
					applicationId, queue, Timestamp.from(at), Timestamp.from(at), applicationId, queue);
		}
	}

	/** A task of the file offered to these queues was completed. */
	void finished(long applicationId, Collection<String> queues, Instant at) {
		for (String queue : queues) {
			this.jdbc.update("update file_queue set last_task_at = ? where application_id = ? and queue = ?",
					Timestamp.from(at), applicationId, queue);
		}
	}

	/** The queues that have had a task on the file. */
	public Set<String> of(long applicationId) {
		return new TreeSet<>(this.jdbc.queryForList("select queue from file_queue where application_id = ?",
				String.class, applicationId));
	}

	/**
	 * For each of the files, the queue whose task on it was the last to start or finish:
	 * one query per 500 files.
	 */
	public Map<Long, String> latestOf(Collection<Long> applicationIds) {
		Map<Long, String> latest = new HashMap<>();
		List<Long> ids = List.copyOf(applicationIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			String marks = String.join(", ", chunk.stream().map((id) -> "?").toList());
			this.jdbc.query("select application_id, queue from file_queue where application_id in (" + marks + ")"
					+ " order by application_id, last_task_at, queue desc", (row) -> {
						// the last row of each file is its latest
						latest.put(row.getLong("application_id"), row.getString("queue"));
					}, chunk.toArray());
		}
		return latest;
	}

	/** The queue whose task on the file was the last to start or finish. */
	public Optional<String> latest(long applicationId) {
		List<String> queues = this.jdbc.queryForList(
				"select queue from file_queue where application_id = ? order by last_task_at desc, queue", String.class,
				applicationId);
		return queues.stream().findFirst();
	}

}
