package org.pnpflow.process;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import db.migration.V11_1__File_queues_from_history;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of a database from before the case file view get the queues that worked them
 * from Camunda's history, so that officers open the files they worked on the day the new
 * version starts.
 */
@SpringBootTest(properties = "pnp.tasks.due-soon-working-days=3")
@AutoConfigureMockMvc
@DirtiesContext
@ActiveProfiles("test")
class FileQueuesMigrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theQueuesOfFilesAlreadyThereComeFromCamundasHistory() throws Exception {
		ApiClient api = new ApiClient(this.mvc);
		CaseDriver cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		String worked = api.submit(TestApplications.skilledWorker());
		cases.runDueJobs();
		cases.complete(worked, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		String received = api.submit(TestApplications.skilledWorker());
		cases.runDueJobs();
		List<Map<String, Object>> recorded = queues();
		assertThat(recorded).extracting((row) -> row.get("file_number") + " " + row.get("queue"))
			.containsExactlyInAnyOrder(worked + " intake", worked + " officers", received + " intake");

		// as before V11: no queue recorded
		this.jdbc.update("delete from file_queue");
		try (Connection connection = this.dataSource.getConnection()) {
			new V11_1__File_queues_from_history().migrate(new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
		}
		assertThat(queues()).extracting((row) -> row.get("file_number") + " " + row.get("queue"))
			.containsExactlyInAnyOrder(worked + " intake", worked + " officers", received + " intake");
	}

	private List<Map<String, Object>> queues() {
		return this.jdbc.queryForList("select f.file_number, q.queue from file_queue q"
				+ " join application_file f on f.id = q.application_id order by f.file_number, q.queue");
	}

}
