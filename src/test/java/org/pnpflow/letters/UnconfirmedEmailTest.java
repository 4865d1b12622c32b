package org.pnpflow.letters;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An email whose fate is unknown, because the connection broke between the end of the
 * message and the mail server's answer (where a node killed mid-send leaves it too), is
 * never sent again by itself: the step stops with the Message-ID to look up, and an
 * operator's answer from the mail server's log settles it. Through a real SMTP server
 * (GreenMail) behind a relay that breaks the connection at that moment.
 */
@SpringBootTest(properties = { "pnp.mail.enabled=true", "spring.mail.host=127.0.0.1",
		"spring.mail.port=" + UnconfirmedEmailTest.RELAY_PORT })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnconfirmedEmailTest {

	static final int RELAY_PORT = 3125;

	static final String APPLICANT = "chidinma@mail.example";

	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(new ServerSetup(3126, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static CuttingSmtpProxy relay;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	LetterDeliveryRepository deliveries;

	@Autowired
	AuditTrail audit;

	@Autowired
	MeterRegistry meters;

	ApiClient api;

	CaseDriver cases;

	@BeforeAll
	static void startRelay() throws Exception {
		relay = new CuttingSmtpProxy(RELAY_PORT, 3126);
	}

	@AfterAll
	static void stopRelay() throws Exception {
		relay.close();
	}

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void anEmailWhoseAnswerNeverCameIsNotSentAgainAndAnOperatorConfirmsItArrived() throws Exception {
		String file = completeApplication();
		String job = acknowledgementJob(file);
		ManagementService management = this.engine.getManagementService();

		relay.cutNextMessage(CuttingSmtpProxy.Cut.AFTER_END);
		assertUnconfirmed(() -> management.executeJob(job), file);
		// the server kept it: the applicant has the letter, the program does not know it
		assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
		assertThat(mailServer.getReceivedMessages()).hasSize(1);
		LetterDelivery delivery = this.deliveries.findByStatusOrderByIdAsc(LetterDelivery.Status.HANDED_OVER).get(0);
		assertThat(mailServer.getReceivedMessages()[0].getMessageID()).isEqualTo(delivery.getMessageId());

		assertThat(this.meters.get("pnp.emails.unconfirmed").gauge().value()).isEqualTo(1);

		// a retry, automatic or from Cockpit, sends nothing while the answer is unknown
		assertUnconfirmed(() -> management.executeJob(job), file);
		assertThat(mailServer.getReceivedMessages()).hasSize(1);

		JsonNode unconfirmed = this.api.body(this.api.get("manager", "/api/letter-deliveries/unconfirmed"));
		assertThat(unconfirmed).hasSize(1);
		assertThat(unconfirmed.get(0).get("fileNumber").asText()).isEqualTo(file);
		assertThat(unconfirmed.get(0).get("letterType").asText()).isEqualTo("ACKNOWLEDGEMENT");
		assertThat(unconfirmed.get(0).get("messageId").asText()).isEqualTo(delivery.getMessageId());
		assertThat(unconfirmed.toString()).doesNotContain(APPLICANT);
		assertThat(this.api.get("officer", "/api/letter-deliveries/unconfirmed").getResponse().getStatus())
			.isEqualTo(403);

		String confirmation = "/api/applications/" + file + "/letter-deliveries/" + delivery.getId() + "/confirmation";
		// too soon: its sender might still be waiting for the server's answer
		assertRefused(this.api.post("manager", confirmation, Map.of("delivered", true, "note", "log")), 409, null);
		passMinutes(3);
		assertRefused(this.api.post("manager", confirmation, "{}"), 400, "delivered");
		assertRefused(this.api.post("manager", confirmation, Map.of("delivered", true, "note", " ")), 400, "note");
		assertRefused(this.api.post("officer", confirmation, Map.of("delivered", true, "note", "log")), 403, null);
		assertRefused(this.api.post("manager",
				"/api/applications/PNP-2000-999999/letter-deliveries/" + delivery.getId() + "/confirmation",
				Map.of("delivered", true, "note", "log")), 404, null);
		assertThat(this.deliveries.findById(delivery.getId()).orElseThrow().getStatus())
			.isEqualTo(LetterDelivery.Status.HANDED_OVER);

		MvcResult confirmed = this.api.post("manager", confirmation,
				Map.of("delivered", true, "note", "Mail log: status=sent (250 queued) for this Message-ID"));
		assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.body(confirmed).get("status").asText()).isEqualTo("SENT");
		assertThat(this.api.body(confirmed).get("confirmedBy").asText()).isEqualTo("manager");
		assertRefused(this.api.post("manager", confirmation, Map.of("delivered", true, "note", "again")), 409, null);
		assertThat(this.audit.ofFile(file)).filteredOn((event) -> event.getAction() == AuditAction.CHANGE)
			.anySatisfy((event) -> assertThat(event.getDetail()).contains("confirmed delivered")
				.contains(delivery.getMessageId())
				.contains("status=sent"));

		// the step retried: the letter is on file, recorded as sent, and was emailed once
		management.setJobRetries(job, 1);
		management.executeJob(job);
		assertThat(management.createJobQuery().jobId(job).count()).isZero();
		assertThat(mailServer.getReceivedMessages()).hasSize(1);
		assertThat(this.api.body(this.api.get("manager", "/api/letter-deliveries/unconfirmed"))).isEmpty();
		assertThat(this.meters.get("pnp.emails.unconfirmed").gauge().value()).isZero();
		JsonNode letters = this.api.body(this.api.get("manager", "/api/applications/" + file + "/letters"));
		assertThat(letters.get(0).get("sent").get(0).get("status").asText()).isEqualTo("SENT");
		assertThat(letters.get(0).get("sent").get(0).get("messageId").asText()).isEqualTo(delivery.getMessageId());
	}

	@Test
	void anEmailCutBeforeItsEndIsSentOnceTheOperatorFindsItNeverArrived() throws Exception {
		String file = completeApplication();
		String job = acknowledgementJob(file);
		ManagementService management = this.engine.getManagementService();

		relay.cutNextMessage(CuttingSmtpProxy.Cut.BEFORE_END);
		assertUnconfirmed(() -> management.executeJob(job), file);
		assertUnconfirmed(() -> management.executeJob(job), file);
		// the server discarded the unfinished message
		assertThat(mailServer.waitForIncomingEmail(1000, 1)).isFalse();

		LetterDelivery delivery = this.deliveries.findByStatusOrderByIdAsc(LetterDelivery.Status.HANDED_OVER).get(0);
		passMinutes(3);
		MvcResult answered = this.api.post("manager",
				"/api/applications/" + file + "/letter-deliveries/" + delivery.getId() + "/confirmation",
				Map.of("delivered", false, "note", "No entry for this Message-ID in the mail log"));
		assertThat(answered.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.deliveries.findById(delivery.getId())).isEmpty();

		management.setJobRetries(job, 1);
		management.executeJob(job);
		assertThat(mailServer.getReceivedMessages()).hasSize(1);
		assertThat(mailServer.getReceivedMessages()[0].getMessageID()).isEqualTo(delivery.getMessageId());
		List<LetterDelivery> recorded = this.deliveries.findByStatusOrderByIdAsc(LetterDelivery.Status.SENT);
		assertThat(recorded).extracting(LetterDelivery::getMessageId).contains(delivery.getMessageId());
	}

	private static void passMinutes(int minutes) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + minutes * 60_000L));
	}

	/** An application past completeness, its acknowledgement letter's step due. */
	private String completeApplication() throws Exception {
		String file = this.api.submit(TestApplications.skilledWorker());
		this.cases.runDueJobs();
		var task = this.cases.task(file, "UserTask_ConfirmCompleteness");
		this.cases.as("intake", () -> {
			this.engine.getTaskService().claim(task.getId(), "intake");
			this.engine.getTaskService().complete(task.getId(), Map.of("completenessDecision", "COMPLETE"));
		});
		return file;
	}

	private String acknowledgementJob(String file) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(CaseDriver.caseOf(this.engine, file).getId())
			.activityId("ServiceTask_SendAcknowledgementLetter")
			.singleResult()
			.getId();
	}

	private static void assertUnconfirmed(Runnable step, String file) {
		assertThatThrownBy(step::run).hasMessageContaining("ACKNOWLEDGEMENT of " + file + " to the applicant")
			.hasMessageContaining("is unconfirmed")
			.hasMessageContaining("Message-ID <")
			.hasMessageNotContaining(APPLICANT);
	}

	private void assertRefused(MvcResult result, int status, String field) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		if (field != null) {
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(this.api.body(result).get("errors").get(0).get("field").asText()).isEqualTo(field);
		}
	}

}
