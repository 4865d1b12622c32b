package org.pnpflow.generator;

import java.time.Duration;
import java.time.Instant;
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

	/** What staff submit at each task this generator knows how to work. */
	private static final Map<String, Step> STEPS = Map.of("UserTask_ConfirmCompleteness",
			new Step("intake", "intake", Map.of("completenessDecision", "COMPLETE")), "UserTask_RecordVerificationCall",
			new Step("officer", "officers",
					Map.of("callNumberDialled", "+1 306 555 0100", "callPersonReached", "Pat Morrison", "callConfirmed",
							"Offer, wage and start date confirmed.", "verificationCallResult", "CLEAR")),
			"UserTask_ScheduleInterview", new Step("officer", "officers", Map.of()), "UserTask_RecordInterviewOutcome",
			new Step("officer", "officers",
					Map.of("interviewOutcome", "HELD", "interviewNotes", "Answers consistent with the file.")),
			"UserTask_AssessEligibility",
			new Step("officer", "officers",
					Map.of("recommendation", "NOMINATE", "recommendationReasons",
							"Meets every criterion of the stream.", "workPermitSupportRequested", true,
							"criteriaConfirmed", true)),
			"UserTask_SignOffRecommendation", new Step("manager", "managers", Map.of("signOffDecision", "APPROVE")));

	private static final String[] FAMILY_NAMES = { "Adeyemi", "Tran", "Mehta", "Reyes", "Bondarenko", "Farah",
			"Castillo", "Zhou", "Chowdhury", "Kaur", "Dubois", "Park" };

	private static final String[] COUNTRIES = { "IN", "PH", "NG", "CN", "PK", "UA", "MX", "VN" };

	private final ProcessEngine engine;

	private final LocalRegistryWorker registryWorker;

	private final RestClient api;

	private final Random random;

	private record Step(String user, String group, Map<String, Object> form) {
	}

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
		String passport = String.format("O%08d", serial);
		String country = COUNTRIES[this.random.nextInt(COUNTRIES.length)];
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("submissionId", "synthetic-open-" + serial + "-" + Instant.now().toEpochMilli());
		application.put("stream", "SKILLED_WORKER");
		application.put("channel", this.random.nextInt(100) < 85 ? "PORTAL" : "PAPER");
		// a different person each time: the records check finds no earlier file
		application.put("applicant",
				Map.of("familyName", FAMILY_NAMES[serial % FAMILY_NAMES.length], "givenNames", "Open " + serial,
						"dateOfBirth", java.time.LocalDate.of(1965, 1, 1).plusDays(serial * 7L % 14_000).toString(),
						"countryOfCitizenship", country, "passportNumber", passport, "email",
						"open." + serial + "@synthetic.example", "preferredLanguage", "EN"));
		application.put("accompanyingSpouse", false);
		application.put("inCanada", false);
		application.put("occupationCode", "21231");
		application.put("humanCapital", Map.of("educationLevel", "BACHELOR", "languageBenchmark", 8, "experienceYears",
				4, "provincialConnection", "NONE"));
		application.put("employer", Map.of("legalName", "Northern Lights Software Inc.", "businessNumber", "123456789",
				"contactName", "Pat Morrison", "contactPhone", "+1 306 555 0100"));
		if (this.random.nextInt(100) < 40) {
			application.put("representative", Map.of("fullName", "Daniel Roy", "licenceNumber", "R512345", "email",
					"daniel.roy@royimmigration.example"));
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
		Map<?, ?> receipt = this.api.post()
			.uri("/api/applications")
			.contentType(MediaType.APPLICATION_JSON)
			.body(application)
			.retrieve()
			.body(Map.class);
		return String.valueOf(receipt.get("fileNumber"));
	}

	/** Works the case's one open task if this generator knows it; false otherwise. */
	private boolean work(String instance) {
		TaskService tasks = this.engine.getTaskService();
		List<Task> open = tasks.createTaskQuery().processInstanceId(instance).list();
		if (open.size() != 1 || !STEPS.containsKey(open.get(0).getTaskDefinitionKey())) {
			return false;
		}
		Task task = open.get(0);
		Step step = STEPS.get(task.getTaskDefinitionKey());
		Map<String, Object> form = new LinkedHashMap<>(step.form());
		if ("UserTask_ScheduleInterview".equals(task.getTaskDefinitionKey())) {
			form.put("interviewDate",
					ClockUtil.now().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(3).toString());
			form.put("interviewTime", "09:00");
			form.put("interviewMode", "PHONE");
			form.put("interviewLocation", "+1 306 555 0101");
		}
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
