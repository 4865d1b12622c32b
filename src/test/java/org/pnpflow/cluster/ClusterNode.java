package org.pnpflow.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.pnpflow.ApiClient;
import org.pnpflow.PnpFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of the cluster, started in this JVM as its own application context on the
 * shared database, with its own job executor, web server and host name in Camunda's job
 * log.
 */
final class ClusterNode implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	final String hostname;

	final ConfigurableApplicationContext context;

	final ProcessEngine engine;

	private final int port;

	private ClusterNode(String hostname, ConfigurableApplicationContext context) {
		this.hostname = hostname;
		this.context = context;
		this.engine = context.getBean(ProcessEngine.class);
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	static ClusterNode start(String hostname, Map<String, String> database, int smtpPort) {
		// as command-line arguments: above the profiles' files, as a deployment sets them
		String[] arguments = nodeProperties(hostname, database, smtpPort).entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PnpFlowApplication.class)
			.profiles("test", "postgres")
			.run(arguments);
		return new ClusterNode(hostname, context);
	}

	/**
	 * What every node is started with, in this JVM or another: the shared database, the
	 * job executor on with a short lock (a dead node's jobs are taken again after 10 s
	 * instead of 5 min), letters emailed to the test's SMTP server, outside-registry
	 * checks polled by each node.
	 */
	static Map<String, String> nodeProperties(String hostname, Map<String, String> database, int smtpPort) {
		Map<String, String> properties = new LinkedHashMap<>(database);
		properties.put("server.port", "0");
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.datasource.hikari.maximum-pool-size", "12");
		properties.put("camunda.bpm.generate-unique-process-engine-name", "true");
		properties.put("camunda.bpm.generic-properties.properties.hostname", hostname);
		properties.put("camunda.bpm.job-execution.enabled", "true");
		properties.put("camunda.bpm.job-execution.lock-time-in-millis", "10000");
		// more job threads than a 2-core deployment is given: more steps of one case
		// racing each other across the nodes, which is what this test is for
		properties.put("camunda.bpm.job-execution.core-pool-size", "3");
		properties.put("camunda.bpm.job-execution.max-pool-size", "6");
		// a step failing for a passing reason (a slow pool on a busy machine) is retried
		// within seconds, not the 5 min of a deployment, which would outlast the test's
		// patience; a step that keeps failing still ends as an incident, which fails it
		properties.put("camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle", "R3/PT3S");
		// the test's operator settles an email of unknown fate once its node is dead
		properties.put("pnp.mail.confirm-after", "PT1S");
		properties.put("camunda.bpm.job-execution.wait-time-in-millis", "250");
		properties.put("camunda.bpm.job-execution.max-wait", "1000");
		properties.put("pnp.mail.enabled", "true");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(smtpPort));
		properties.put("pnp.registries.local-worker.schedule", "true");
		properties.put("pnp.registries.poll-interval", "PT0.5S");
		properties.put("pnp.registries.lock-duration", "PT10S");
		properties.put("logging.level.root", "WARN");
		// a job that loses the race for a process instance to another node is retried:
		// expected in a cluster, not worth a stack trace each time
		properties.put("logging.level.org.camunda.bpm.engine.jobexecutor", "ERROR");
		properties.put("logging.level.org.camunda.bpm.engine.context", "OFF");
		properties.put("logging.level.org.camunda.bpm.engine.cmd", "ERROR");
		properties.put("logging.level.org.camunda.bpm.engine.persistence", "ERROR");
		properties.put("logging.level.org.apache.pdfbox", "ERROR");
		properties.put("logging.level.org.springdoc", "ERROR");
		return properties;
	}

	/** Submits the application as the portal over this node's HTTP API. */
	String submit(Map<String, Object> application) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/applications"))
			.header("Authorization", ApiClient.basic("portal"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(application)))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new AssertionError(
					"Submission to " + this.hostname + " refused: " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).get("fileNumber").asText();
	}

	JobExecutor jobExecutor() {
		return ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getJobExecutor();
	}

	String lockOwner() {
		return jobExecutor().getLockOwner();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
