package org.pnpflow.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the demo, an analyst saves a changed model and the running system deploys it: new
 * cases use the new version, without a restart.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelRedeployerTest {

	@TempDir
	static Path workingCopy;

	@DynamicPropertySource
	static void watch(DynamicPropertyRegistry registry) throws IOException {
		for (String folder : new String[] { "processes", "forms" }) {
			Files.createDirectories(workingCopy.resolve(folder));
			try (Stream<Path> files = Files.list(Path.of(folder))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, workingCopy.resolve(folder).resolve(file.getFileName()));
				}
			}
		}
		registry.add("pnp.models.watch-directory", workingCopy::toString);
	}

	@Autowired
	RepositoryService repository;

	@Test
	void savedChangeToADiagramIsDeployedAsANewVersion() throws Exception {
		int before = latest().getVersion();
		Path diagram = workingCopy.resolve("processes/pnp-application.bpmn");
		Files.writeString(diagram, Files.readString(diagram)
			.replace("name=\"Confirm completeness\"", "name=\"Confirm the file is complete\""));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (latest().getVersion() == before && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
		}
		ProcessDefinition redeployed = latest();
		assertThat(redeployed.getVersion()).isEqualTo(before + 1);
		assertThat(this.repository.getBpmnModelInstance(redeployed.getId())
			.getModelElementById("UserTask_ConfirmCompleteness")
			.getAttributeValue("name")).isEqualTo("Confirm the file is complete");
		assertThat(this.repository.getDeploymentResourceNames(redeployed.getDeploymentId()))
			.contains("forms/confirm-completeness.form", "processes/fee-schedule.dmn");
	}

	private ProcessDefinition latest() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(ProcessVariables.PROCESS_KEY)
			.latestVersion()
			.singleResult();
	}

}
