package org.pnpflow.verification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person with many earlier files (or many people sharing a family name and birth date):
 * the records check lists the first twenty and counts the rest, and every task of the
 * file is still created with its details within what a Camunda variable holds. Found by
 * the data generator, whose open cases once shared one name: the integrity task of the
 * 180th could not be created.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ManyEarlierFilesTest {

	static final int FILES = 26;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void theRecordsCheckListsTwentyEarlierFilesAndCountsTheRest() throws Exception {
		ApiClient api = new ApiClient(this.mvc);
		CaseDriver cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		String last = null;
		for (int i = 0; i < FILES; i++) {
			Map<String, Object> application = TestApplications.skilledWorker();
			String passport = TestApplications.randomPassport();
			application.put("applicant",
					TestApplications.applicant("Manyfiles", "Sam", "1984-02-29", "IN", passport, "EN"));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> documents = (List<Map<String, Object>>) application.get("documents");
			documents.stream()
				.filter((document) -> "PASSPORT".equals(document.get("documentType")))
				.forEach((document) -> document.put("documentNumber", passport));
			last = api.submit(application);
			cases.runDueJobs();
			cases.complete(last, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));
		}
		String evidence = this.jdbc.queryForObject("select c.evidence from verification_check c"
				+ " join application_file f on f.id = c.application_id where f.file_number = ? and c.check_type = ?",
				String.class, last, ProgramRecordsCheckDelegate.CHECK_TYPE);
		assertThat(evidence).startsWith("Other files of the same person, none refused: ")
			.endsWith(" and " + (FILES - 1 - ProgramRecordsCheckDelegate.LISTED) + " more.");
		assertThat(evidence.substring(evidence.indexOf(": ") + 2).split(", "))
			.hasSize(ProgramRecordsCheckDelegate.LISTED);
		assertThat(this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(last).count())
			.as("the file's next task was created")
			.isEqualTo(1);
	}

}
