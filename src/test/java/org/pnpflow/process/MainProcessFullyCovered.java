package org.pnpflow.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After the process coverage report of a test class is written, fails the class unless
 * every flow node and sequence flow of the main process was walked.
 */
class MainProcessFullyCovered implements TestExecutionListener {

	@Override
	public void afterTestClass(TestContext context) throws Exception {
		Path report = Path.of("target", "process-test-coverage", context.getTestClass().getName(), "report.json");
		JsonNode coverage = new ObjectMapper().readTree(Files.readString(report));
		Set<String> walked = new TreeSet<>();
		for (JsonNode suite : coverage.path("suites")) {
			for (JsonNode run : suite.path("runs")) {
				for (JsonNode event : run.path("events")) {
					if (ProcessVariables.PROCESS_KEY.equals(event.path("modelKey").asText())) {
						walked.add(event.path("definitionKey").asText());
					}
				}
			}
		}
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/pnp-application.bpmn").toFile());
		Set<String> missed = new TreeSet<>();
		model.getModelElementsByType(FlowNode.class).forEach((node) -> missed.add(node.getId()));
		model.getModelElementsByType(SequenceFlow.class).forEach((flow) -> missed.add(flow.getId()));
		missed.removeAll(walked);
		if (!missed.isEmpty()) {
			throw new AssertionError("The tests of " + context.getTestClass().getSimpleName()
					+ " leave parts of the main process unwalked (" + report + "): " + missed);
		}
	}

}
