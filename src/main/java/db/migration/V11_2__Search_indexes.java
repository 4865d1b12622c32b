package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, trigram indexes for the case file search: a name found by any part of
 * the family or given names, and a file number by its end, without reading every
 * applicant and file. They need the {@code pg_trgm} extension, which the database's owner
 * may create (PostgreSQL 13 and later trust it); where it cannot be created the search
 * still works, reading the tables whole, and the log says so. H2 has no such index:
 * nothing to do.
 */
public class V11_2__Search_indexes extends BaseJavaMigration {

	private static final Logger logger = LoggerFactory.getLogger(V11_2__Search_indexes.class);

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).startsWith("postgres")) {
			return;
		}
		Savepoint before = connection.setSavepoint();
		try (Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_trgm");
			statement.execute("create index ix_applicant_family_name_trgm on applicant"
					+ " using gin (lower(family_name) gin_trgm_ops)");
			statement.execute("create index ix_applicant_given_names_trgm on applicant"
					+ " using gin (lower(given_names) gin_trgm_ops)");
			statement.execute("create index ix_application_file_number_trgm on application_file"
					+ " using gin (file_number gin_trgm_ops)");
			connection.releaseSavepoint(before);
		}
		catch (SQLException refused) {
			connection.rollback(before);
			logger.warn(
					"No trigram indexes for the case file search ({}): a search by name or by the end of a"
							+ " file number reads the tables whole. Have the database's owner run"
							+ " \"create extension pg_trgm\" and the indexes of V11_2__Search_indexes.",
					refused.getMessage());
		}
	}

}
