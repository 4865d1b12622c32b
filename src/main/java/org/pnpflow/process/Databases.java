package org.pnpflow.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Which database the program runs on, for the few statements that differ between H2 and
 * PostgreSQL (planner statistics, vacuum, identity restarts) and for benchmarks' headers.
 */
public final class Databases {

	private Databases() {
	}

	public static boolean isPostgres(DataSource dataSource) {
		return describe(dataSource).toLowerCase(Locale.ROOT).startsWith("postgres");
	}

	/** The product and its version, e.g. {@code PostgreSQL 15.20}. */
	public static String describe(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

}
