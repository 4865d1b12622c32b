package org.pnpflow.scenario;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The full case on the embedded H2 database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=true",
				// the outside-registry checks answered as in production, by the scheduled
				// worker
				"pnp.registries.local-worker.schedule=true", "pnp.registries.poll-interval=PT0.5S",
				// /engine-rest finds the engine by its name
				"camunda.bpm.generate-unique-process-engine-name=false" })
@DirtiesContext
@ActiveProfiles("test")
class FullCaseOnH2Test extends FullCaseScenario {

}
