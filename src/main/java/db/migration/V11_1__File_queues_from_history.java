package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the files already in the database the queues that had their tasks, from Camunda's
 * history of tasks and their candidate groups. On a new database Camunda's tables come
 * later, when the engine starts, and there is nothing to fill.
 */
public class V11_1__File_queues_from_history extends BaseJavaMigration {

	private static final List<String> HISTORY_TABLES = List.of("act_hi_taskinst", "act_hi_identitylink",
			"act_hi_procinst");

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		for (String table : HISTORY_TABLES) {
			if (!exists(connection.getMetaData(), table)) {
				return;
			}
		}
		try (Statement insert = connection.createStatement()) {
			insert.executeUpdate("""
					insert into file_queue (application_id, queue, first_task_at, last_task_at)
					select f.id, l.group_id_, min(t.start_time_), max(coalesce(t.end_time_, t.start_time_))
					from act_hi_taskinst t
					join act_hi_identitylink l on l.task_id_ = t.id_
					join act_hi_procinst p on p.id_ = t.proc_inst_id_
					join application_file f on f.file_number = p.business_key_
					where l.type_ = 'candidate' and l.operation_type_ = 'add' and l.group_id_ is not null
					group by f.id, l.group_id_
					""");
		}
	}

	/** Whether the table is there, whichever case the database keeps its names in. */
	private static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
		for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
			try (ResultSet found = metaData.getTables(null, null, name, new String[] { "TABLE" })) {
				if (found.next()) {
					return true;
				}
			}
		}
		return false;
	}

}
