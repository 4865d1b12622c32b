package org.pnpflow.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flow benchmark's command, run small on H2: every measure is taken and written, the
 * volumes are filled as asked, and what the benchmark does to measure leaves the files as
 * they were (no letter, certificate or number added by the rolled-back measurements, the
 * engine floor's process gone). Its figures are not judged here: a benchmark is read,
 * never asserted by a timed test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pnp.benchmark.flow=true", "pnp.benchmark.exit=false", "pnp.benchmark.volumes=30,60",
				"pnp.benchmark.cases=2", "pnp.benchmark.warmup=2", "pnp.benchmark.clients=2",
				"pnp.benchmark.intake-rate=4", "pnp.benchmark.intake-seconds=2", "pnp.benchmark.queue-rounds=3",
				"pnp.benchmark.report-rounds=1", "pnp.benchmark.output=target/flow-benchmark-test.json",
				"camunda.bpm.job-execution.enabled=true", "pnp.registries.local-worker.schedule=true",
				"pnp.registries.poll-interval=PT0.2S" })
@ActiveProfiles("test")
class FlowBenchmarkTest {

	@Autowired
	FlowBenchmark benchmark;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Test
	void theCommandTakesEveryMeasureAndLeavesTheFilesAsTheyWere() throws Exception {
		Map<String, Object> figures = this.benchmark.result().get(5, TimeUnit.MINUTES);
		JsonNode written = new ObjectMapper().readTree(Files.readString(Path.of("target/flow-benchmark-test.json")));
		assertThat(written.size()).isEqualTo(figures.size());

		JsonNode shape = written.get("nominatedCase");
		assertThat(shape.get("userTasks").asInt()).as("user tasks of a nominated case").isEqualTo(7);
		assertThat(shape.get("serviceSteps").asInt()).as("service steps").isGreaterThan(5);
		assertThat(shape.get("jobs").asInt()).as("jobs").isGreaterThan(5);

		JsonNode volumes = written.get("volumes");
		assertThat(volumes).hasSize(2);
		int[] asked = { 30, 60 };
		for (int i = 0; i < 2; i++) {
			JsonNode volume = volumes.get(i);
			assertThat(volume.get("historicFiles").asInt()).as("historic files").isGreaterThanOrEqualTo(asked[i]);
			assertThat(volume.get("openTasks").asInt()).as("open tasks").isGreaterThanOrEqualTo(asked[i] / 10);
			assertThat(volume.get("engineFloorCasesPerSecond").asDouble()).isPositive();
			assertThat(volume.get("fullCaseCasesPerSecond").asDouble()).isPositive();
			assertThat(volume.get("queueListMs").get("count").asInt()).isEqualTo(3);
			assertThat(volume.get("queueCountMs").get("count").asInt()).isEqualTo(3);
			assertThat(volume.get("reportMs").size()).isEqualTo(5);
			assertThat(volume.get("caseFileMs").size()).as("case file and team measures").isEqualTo(6);
			volume.get("caseFileMs").forEach((measure) -> assertThat(measure.get("count").asInt()).isEqualTo(3));
		}
		JsonNode intake = written.get("intake");
		assertThat(intake.get("submitted").asInt()).as("submissions answered").isEqualTo(8);
		assertThat(intake.get("failed").asInt()).isZero();
		assertThat(intake.get("latencyMs").get("p95").asDouble()).isPositive();
		assertThat(written.get("letterMakingMs").get("count").asInt()).as("letters made one at a time").isEqualTo(20);
		assertThat(written.get("certificateIssuingMs").get("count").asInt()).isEqualTo(20);
		assertThat(written.get("residentMemoryIdleMb").asLong()).isPositive();

		// the benchmark's nominated files: warm-up and one run per volume
		List<Map<String, Object>> nominated = this.jdbc.queryForList("select f.id, c.certificate_number from"
				+ " application_file f left join certificate c on c.application_id = f.id"
				+ " where f.submission_id like 'benchmark-%' and f.outcome = 'NOMINATED'");
		assertThat(nominated).hasSize(2 + 2 * 2);
		assertThat(nominated).allSatisfy((file) -> assertThat(file.get("certificate_number")).isNotNull());
		assertThat(
				this.jdbc.queryForObject("select count(distinct certificate_number) from certificate", Integer.class))
			.as("certificates, none added by the rolled-back measurements")
			.isEqualTo(nominated.size());
		assertThat(
				this.jdbc.queryForObject("select count(*) from letter where letter_type = 'NOMINATION'", Integer.class))
			.as("nomination letters, one per nominated file")
			.isEqualTo(nominated.size());
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(EngineFloor.KEY).count())
			.as("the engine floor's process, removed after the run")
			.isZero();
	}

}
