package org.pnpflow.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Open cases made the way real ones are: submitted through the intake API as the e-filing
 * portal, then worked in the engine by the demo staff, step after step, with the engine's
 * clock set back so that each case was received up to two months ago and its open task
 * has a realistic age. Each case stops at a random point: waiting for intake, an officer,
 * a manager or the director.
 */
final class OpenCases {

	private static final String[] FAMILY_NAMES = { "Adeyemi", "Tran", "Mehta", "Reyes", "Bondarenko", "Farah",
			"Castillo", "Zhou", "Chowdhury", "Kaur", "Dubois", "Park" };

	private static final String[] COUNTRIES = { "IN", "PH", "NG", "CN", "PK", "UA", "MX", "VN" };

	private final ProcessEngine engine;

	private final LocalRegistryWorker registryWorker;

	private final RestClient api;

	private final Random random;

	OpenCases(ProcessEngine engine, LocalRegistryWorker registryWorker, RestClient api, long seed) {
		this.engine = engine;
		this.registryWorker = registryWorker;
		this.api = api;
		this.random = new Random(seed);
	}

	/** Makes one open case and returns how many tasks were worked on it. */
	int make(int serial) {
		Instant now = Instant.now();
		Instant t = now.minus(Duration.ofMinutes(60 + this.random.nextInt(60 * 24 * 60)));
		try {
			ClockUtil.setCurrentTime(Date.from(t));
			String file = submit(serial);
			String instance = this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(file)
				.singleResult()
				.getId();
			runDueJobs(instance);
			int depth = this.random.nextInt(7);
			int worked = 0;
			while (worked < depth) {
				t = t.plus(Duration.ofMinutes(30 + (long) (Math.exp(this.random.nextGaussian()) * 60 * 24)));
				if (t.isAfter(now)) {
					break;
				}
				ClockUtil.setCurrentTime(Date.from(t));
				if (!work(instance)) {
					break;
				}
				worked++;
				runDueJobs(instance);
			}
			return worked;
		}
		finally {
			ClockUtil.reset();
		}
	}

	private String submit(int serial) {
		Map<String, Object> application = application("synthetic-open-" + serial + "-" + Instant.now().toEpochMilli(),
				"O", serial, this.random);
		Map<?, ?> receipt = this.api.post()
			.uri("/api/applications")
			.contentType(MediaType.APPLICATION_JSON)
			.body(application)
			.retrieve()
			.body(Map.class);
		return String.valueOf(receipt.get("fileNumber"));
	}

	/**
	 * A complete Skilled Worker application, paid, of a person no earlier file shares:
	 * the passport number is the letter and the serial, the family name and date of birth
	 * vary with the serial.
	 */
	static Map<String, Object> application(String submissionId, String passportLetter, int serial, Random random) {
		String passport = String.format("%s%08d", passportLetter, serial);
		String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("submissionId", submissionId);
		application.put("stream", "SKILLED_WORKER");
		application.put("channel", random.nextInt(100) < 85 ? "PORTAL" : "PAPER");
		// a different person each time: the records check finds no earlier file
		application.put("applicant",
				Map.of("familyName", FAMILY_NAMES[serial % FAMILY_NAMES.length], "givenNames", "Open " + serial,
						"dateOfBirth", java.time.LocalDate.of(1965, 1, 1).plusDays(serial * 7L % 14_000).toString(),
						"countryOfCitizenship", country, "passportNumber", passport, "email",
						passportLetter.toLowerCase(java.util.Locale.ROOT) + "." + serial + "@synthetic.example",
						"preferredLanguage", "EN"));
		application.put("accompanyingSpouse", false);
		application.put("inCanada", false);
		application.put("occupationCode", "21231");
		application.put("humanCapital", Map.of("educationLevel", "BACHELOR", "languageBenchmark", 8, "experienceYears",
				4, "provincialConnection", "NONE"));
		application.put("employer", Map.of("legalName", "Northern Lights Software Inc.", "businessNumber", "123456789",
				"contactName", "Pat Morrison", "contactPhone", "+1 306 555 0100"));
		if (random.nextInt(100) < 40) {
			application.put("representative", Map.of("fullName", "Omar Haddad", "licenceNumber", "R512345", "email",
					"omar.haddad@haddadimmigration.example"));
		}
		List<Map<String, Object>> documents = new ArrayList<>();
		documents.add(Map.of("documentType", "PASSPORT", "issuedOn", "2022-01-10", "expiresOn", "2032-01-09",
				"documentNumber", passport));
		for (String type : List.of("POLICE_CERTIFICATE", "LANGUAGE_TEST", "EDUCATION_CREDENTIAL_ASSESSMENT",
				"JOB_OFFER", "EMPLOYER_DECLARATION")) {
			documents.add(Map.of("documentType", type, "issuedOn",
					ClockUtil.now()
						.toInstant()
						.atZone(java.time.ZoneOffset.UTC)
						.toLocalDate()
						.minusMonths(1)
						.toString()));
		}
		application.put("documents", documents);
		application.put("payment", Map.of("method", "CARD", "amount", "1500.00", "currency", "CAD", "reference",
				"SYN-OPEN-" + serial + "-" + Instant.now().toEpochMilli()));
		return application;
	}

	/** Works the case's one open task if this generator knows it; false otherwise. */
	private boolean work(String instance) {
		TaskService tasks = this.engine.getTaskService();
		List<Task> open = tasks.createTaskQuery().processInstanceId(instance).list();
		LocalDate today = ClockUtil.now().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		NominationPath.Step step = (open.size() == 1) ? NominationPath.step(open.get(0).getTaskDefinitionKey(), today)
				: null;
		// open cases stop before the director's signature at the latest: no certificate
		if (step == null || NominationPath.SIGN_NOMINATION.equals(open.get(0).getTaskDefinitionKey())) {
			return false;
		}
		Task task = open.get(0);
		Map<String, Object> form = step.form();
		IdentityService identity = this.engine.getIdentityService();
		identity.setAuthentication(step.user(), List.of(step.group()));
		try {
			tasks.claim(task.getId(), step.user());
			tasks.complete(task.getId(), form);
		}
		finally {
			identity.clearAuthentication();
		}
		return true;
	}

	private void runDueJobs(String instance) {
		ManagementService management = this.engine.getManagementService();
		for (int round = 0; round < 200; round++) {
			List<Job> due = management.createJobQuery().processInstanceId(instance).executable().listPage(0, 1);
			if (due.isEmpty()) {
				if (this.registryWorker.pollOnce() > 0) {
					continue;
				}
				return;
			}
			management.executeJob(due.get(0).getId());
		}
		throw new IllegalStateException("The jobs of " + instance + " do not settle");
	}

}
