package org.pnpflow.scenario;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full case on PostgreSQL (127.0.0.1:5432), in a database of its own that is dropped
 * afterwards. Skipped where no PostgreSQL runs, except in CI, where it must run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=true",
				// the outside-registry checks answered as in production, by the scheduled
				// worker
				"pnp.registries.local-worker.schedule=true", "pnp.registries.poll-interval=PT0.5S",
				// /engine-rest finds the engine by its name
				"camunda.bpm.generate-unique-process-engine-name=false" })
@DirtiesContext
@ActiveProfiles({ "test", "postgres" })
class FullCaseOnPostgresTest extends FullCaseScenario {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final String DATABASE = "pnp_scenario_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException unreachable) {
			Assumptions.assumeFalse(!"true".equals(System.getenv("CI")),
					"No PostgreSQL on 127.0.0.1:5432 (" + unreachable.getMessage() + ")");
			throw new IllegalStateException("CI needs PostgreSQL on 127.0.0.1:5432", unreachable);
		}
		registry.add("spring.datasource.url", () -> SERVER + DATABASE);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
		}
	}

}
