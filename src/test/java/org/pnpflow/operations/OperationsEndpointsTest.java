package org.pnpflow.operations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The health probes and metrics as a load balancer and a Prometheus server meet them: who
 * may read what, and that the program's own counters move once per application, letter
 * and certificate.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OperationsEndpointsTest {

	private static final String MONITOR = "prometheus";

	private static final String MONITOR_PASSWORD = "Scrape-Metrics-2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	ApiClient api;

	CaseDriver cases;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		IdentityService identity = this.engine.getIdentityService();
		if (identity.createUserQuery().userId(MONITOR).count() == 0) {
			User user = identity.newUser(MONITOR);
			user.setPassword(MONITOR_PASSWORD);
			((IdentityServiceImpl) identity).saveUser(user, true);
			identity.createMembership(MONITOR, MonitoringGroup.ID);
		}
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void probesAnswerAnyoneWithTheirStatusOnly() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			MockHttpServletResponse response = call(get(probe), null, null);
			assertThat(response.getStatus()).as(probe).isEqualTo(200);
			JsonNode body = this.json.readTree(response.getContentAsString());
			assertThat(body.get("status").asText()).as(probe).isEqualTo("UP");
			assertThat(body.has("components")).as(probe).isFalse();
			assertThat(body.has("details")).as(probe).isFalse();
		}
		// the whole health (mail server, disk, ...) is for monitoring only
		assertThat(call(get("/actuator/health"), null, null).getStatus()).isEqualTo(401);
		assertThat(call(get("/actuator/health/db"), null, null).getStatus()).isEqualTo(401);
	}

	@Test
	void readinessIncludesTheDatabaseForMonitoring() throws Exception {
		MockHttpServletResponse response = call(get("/actuator/health/readiness"), MONITOR, MONITOR_PASSWORD);
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode components = this.json.readTree(response.getContentAsString()).get("components");
		assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
		assertThat(components.get("readinessState").get("status").asText()).isEqualTo("UP");
	}

	@Test
	void metricsNeedAMemberOfTheMonitoringGroup() throws Exception {
		MockHttpServletResponse anonymous = call(get("/actuator/prometheus"), null, null);
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(anonymous.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		// (a wrong password for a real user would make that user wait before the next
		// sign-in: loginDelayBase)
		assertThat(call(get("/actuator/prometheus"), "nosuchuser", "wrong").getStatus()).isEqualTo(401);
		MockHttpServletResponse officer = call(get("/actuator/prometheus"), "officer", ApiClient.PASSWORD);
		assertThat(officer.getStatus()).isEqualTo(403);
		assertThat(officer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(call(get("/actuator/info"), null, null).getStatus()).isEqualTo(401);
		assertThat(call(get("/actuator"), "officer", ApiClient.PASSWORD).getStatus()).isEqualTo(403);

		MockHttpServletResponse scrape = call(get("/actuator/prometheus"), MONITOR, MONITOR_PASSWORD);
		assertThat(scrape.getStatus()).isEqualTo(200);
		assertThat(scrape.getContentType()).startsWith("text/plain");
		assertThat(scrape.getContentAsString()).contains("camunda_jobs_successful_total", "camunda_jobs_failed_total",
				"camunda_job_acquisition_attempts_total", "camunda_jobs_acquired_total", "camunda_jobs_rejected_total",
				"camunda_incidents_open{type=\"failedJob\"}", "pnp_applications_received_total{",
				"pnp_letters_sent_total{", "pnp_certificates_issued_total{");
		assertThat(call(get("/actuator/prometheus"), "admin", "test-admin").getStatus()).isEqualTo(200);
	}

	@Test
	void eachApplicationIsCountedOnce() throws Exception {
		double before = metric("pnp_applications_received_total");
		Map<String, Object> application = TestApplications.skilledWorker();
		this.api.submit(application);
		assertThat(metric("pnp_applications_received_total")).isEqualTo(before + 1);
		assertThat(metric("pnp_applications_received_total{channel=\"PORTAL\",stream=\"SKILLED_WORKER\"}"))
			.isPositive();
		// the same submission again gives back the first file and counts nothing
		assertThat(this.api.post("portal", "/api/applications", application).getResponse().getStatus()).isEqualTo(200);
		assertThat(metric("pnp_applications_received_total")).isEqualTo(before + 1);
	}

	@Test
	void lettersAndTheCertificateOfANominationAreCountedOnceEach() throws Exception {
		double letters = metric("pnp_letters_sent_total");
		double certificates = metric("pnp_certificates_issued_total");
		double jobs = metric("camunda_jobs_successful_total");

		String file = new CaseSteps(this.api, this.cases).nominate(TestApplications.skilledWorker());

		Integer lettersOfFile = this.jdbc.queryForObject(
				"select count(*) from letter where application_id = (select id from application_file where file_number = ?)",
				Integer.class, file);
		assertThat(lettersOfFile).isPositive();
		assertThat(metric("pnp_letters_sent_total")).isEqualTo(letters + lettersOfFile);
		assertThat(metric("pnp_certificates_issued_total")).isEqualTo(certificates + 1);
		assertThat(metric("camunda_jobs_successful_total")).isGreaterThan(jobs);
	}

	/** The sum of every series of the metric (or the one series named with its tags). */
	private double metric(String name) throws Exception {
		MockHttpServletResponse scrape = call(get("/actuator/prometheus"), MONITOR, MONITOR_PASSWORD);
		assertThat(scrape.getStatus()).isEqualTo(200);
		double sum = 0;
		for (String line : scrape.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
			boolean whole = name.endsWith("}");
			if (line.startsWith(name + (whole ? " " : "{")) || (!whole && line.startsWith(name + " "))) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return sum;
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user, String password)
			throws Exception {
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
