package org.pnpflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own on the local PostgreSQL (127.0.0.1:5432, trust authentication)
 * for one test class. It is dropped when the test JVM ends, after every application
 * context on it is closed: dropping it under a running context would cut off its job
 * executor and pool mid-work. Skipped where no PostgreSQL runs, except in CI, where it
 * must run.
 */
public final class LocalPostgres {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private LocalPostgres() {
	}

	/** Creates a database named from the prefix and points the datasource at it. */
	public static void create(String prefix, DynamicPropertyRegistry registry) {
		String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			execute("create database " + database);
		}
		catch (SQLException unreachable) {
			Assumptions.assumeFalse(!"true".equals(System.getenv("CI")),
					"No PostgreSQL on 127.0.0.1:5432 (" + unreachable.getMessage() + ")");
			throw new IllegalStateException("CI needs PostgreSQL on 127.0.0.1:5432", unreachable);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				execute("drop database if exists " + database + " with (force)");
			}
			catch (SQLException ex) {
				System.err.println("Could not drop the test database " + database + ": " + ex.getMessage());
			}
		}));
		registry.add("spring.datasource.url", () -> SERVER + database);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
