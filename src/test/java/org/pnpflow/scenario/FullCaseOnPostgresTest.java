package org.pnpflow.scenario;

import org.pnpflow.LocalPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full case on PostgreSQL (127.0.0.1:5432), in a database of its own
 * ({@link LocalPostgres}).
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

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		LocalPostgres.create("pnp_scenario", registry);
	}

}
