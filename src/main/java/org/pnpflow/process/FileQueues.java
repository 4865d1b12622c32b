package org.pnpflow.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queues (Camunda candidate groups) that have had a task on a file, when each was
 * first offered one and when it last finished one. Who works a queue may open the files
 * of that queue; the queue that finished a task last is the one a wait on the applicant
 * answers to. Written in the engine's transaction as tasks are created and completed.
 */
@Component
public class FileQueues {

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	FileQueues(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = Databases.isPostgres(jdbc.getDataSource());
	}

	/**
	 * A task of the file was offered to these queues: a queue not yet recorded is, once,
	 * however many transactions offer it at the same moment.
	 */
	void offered(long applicationId, Collection<String> queues, Instant at) {
		for (String queue : queues) {
			this.jdbc.update(this.postgres ? """
					insert into file_queue (application_id, queue, first_task_at, last_task_at) values (?, ?, ?, ?)
					on conflict (application_id, queue) do nothing
					""" : """
					merge into file_queue f
					using (values (cast(? as bigint), cast(? as varchar(64)), cast(? as timestamp with time zone),
					               cast(? as timestamp with time zone))) as o (application_id, queue, at1, at2)
					on f.application_id = o.application_id and f.queue = o.queue
					when not matched then insert (application_id, queue, first_task_at, last_task_at)
					values (o.application_id, o.queue, o.at1, o.at2)
					""", applicationId, queue, Timestamp.from(at), Timestamp.from(at));
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
	 * For each of the files, the queue that last finished a task on it (or was offered
	 * one, if none has): one query per 500 files.
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

}
