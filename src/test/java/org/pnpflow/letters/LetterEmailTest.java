package org.pnpflow.letters;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pnpflow.registers.LocalRegistryWorker;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Letters go by email through a real SMTP server (GreenMail): once to the applicant and
 * once to the representative, with the PDF attached, even when the mail server is down at
 * first and the step is retried, and never again when the step runs once more.
 */
@SpringBootTest(properties = { "pnp.mail.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LetterEmailTest {

	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	Letters letters;

	@Autowired
	LetterDeliveryRepository deliveries;

	@Autowired
	TransactionTemplate transaction;

	ApiClient api;

	CaseDriver cases;

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
	void mailServerDownAtFirstStillGivesExactlyOneEmailPerRecipient() throws Exception {
		Map<String, Object> application = TestApplications.skilledWorker();
		application.put("representative", Map.of("fullName", "Daniel Roy", "licenceNumber", "R512345", "email",
				"daniel.roy@royimmigration.example"));
		String file = this.api.submit(application);
		this.cases.runDueJobs();

		mailServer.stop();
		var task = this.cases.task(file, "UserTask_ConfirmCompleteness");
		this.cases.as("intake", () -> {
			this.engine.getTaskService().claim(task.getId(), "intake");
			this.engine.getTaskService().complete(task.getId(), Map.of("completenessDecision", "COMPLETE"));
		});
		var management = this.engine.getManagementService();
		String sending = management.createJobQuery()
			.processInstanceId(processInstanceId(file))
			.activityId("ServiceTask_SendAcknowledgementLetter")
			.singleResult()
			.getId();
		// every attempt fails while the server is down; the retries run out into an
		// incident
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThatThrownBy(() -> management.executeJob(sending)).hasMessageContaining("could not be emailed")
				.hasMessageNotContaining("@")
				.hasNoCause();
			assertThat(lettersOf(file)).isEmpty();
		}
		assertThat(management.createJobQuery().jobId(sending).singleResult().getRetries()).isZero();
		List<Incident> incidents = this.engine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(processInstanceId(file))
			.list();
		assertThat(incidents).hasSize(1);
		assertThat(incidents.get(0).getActivityId()).isEqualTo("ServiceTask_SendAcknowledgementLetter");

		mailServer.start();
		// the cause is mended and the incident retried (as from Cockpit): the case goes
		// on
		management.setJobRetries(sending, 1);
		management.executeJob(sending);
		assertThat(this.engine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(processInstanceId(file))
			.count()).isZero();
		MimeMessage[] received = mailServer.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received).extracting((message) -> message.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("chidinma@mail.example", "daniel.roy@royimmigration.example");
		MimeMessage first = received[0];
		assertThat(first.getSubject()).contains(file);
		Multipart parts = (Multipart) first.getContent();
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(file + "-ACKNOWLEDGEMENT.pdf");

		Letter letter = lettersOf(file).get(0);
		assertThat(this.deliveries.findByIdempotencyKeyOrderByIdAsc(letter.getIdempotencyKey()))
			.extracting(LetterDelivery::getRecipientRole)
			.containsExactly("APPLICANT", "REPRESENTATIVE");
		assertThat(this.deliveries.findByIdempotencyKeyOrderByIdAsc(letter.getIdempotencyKey()))
			.allMatch((delivery) -> delivery.getMessageId().endsWith("@pnpflow>"));

		// the same step once more (a crash before its transaction ended, say): nothing is
		// sent again
		this.transaction.executeWithoutResult(
				(status) -> this.letters.send(fileOf(file), LetterType.ACKNOWLEDGEMENT, letter.getIdempotencyKey()));
		assertThat(mailServer.getReceivedMessages()).hasSize(2);
		assertThat(lettersOf(file)).hasSize(1);
	}

	private List<Letter> lettersOf(String file) {
		return this.transaction.execute((status) -> this.letters.of(fileOf(file)));
	}

	private ApplicationFile fileOf(String file) {
		return this.files.findByFileNumber(new FileNumber(file)).orElseThrow();
	}

	private String processInstanceId(String file) {
		return CaseDriver.caseOf(this.engine, file).getId();
	}

}
