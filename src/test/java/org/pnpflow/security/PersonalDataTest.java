package org.pnpflow.security;

import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.process.TaskInputException;
import org.pnpflow.registers.LocalRegistryWorker;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An applicant's personal data (names, date of birth, passport number, address, email,
 * phone) and that of the people around the file (representative, employer contact) is
 * never in the logs, never in a process-level variable, and never in Camunda's tables
 * once the task that showed it has ended. Whole cases run with distinctive people; then
 * every text and binary column of every Camunda table ({@code ACT_*}, found from the
 * database's own catalogue) is searched for them, and so is everything written to the
 * console meanwhile, at DEBUG for our own code.
 * <p>
 * While a case runs, its open tasks carry the case summary as task-local variables and
 * its open outside-registry checks carry the names they check as local variables of their
 * execution: those are the only places allowed, and only while open.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "logging.level.org.pnpflow=DEBUG")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest {

	private static final String OPEN_TASK = "open task";

	private static final String OPEN_CHECK = "open outside-registry check";

	private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
			Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);

	private static final Set<Integer> BINARY_TYPES = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY,
			Types.BLOB);

	@Autowired
	ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LocalRegistryWorker registryWorker;

	ApiClient api;

	/**
	 * Runs jobs and lets the local registry worker answer the outside-registry checks.
	 */
	CaseDriver cases;

	/** Runs jobs only: outside-registry checks stay open until {@link #cases} runs. */
	CaseDriver casesWithoutWorker;

	CaseSteps steps;

	@BeforeEach
	void setUp() {
		// our code logs at DEBUG while these tests run, whatever another test class's
		// application context set the levels to since this one started
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.pnpflow", LogLevel.DEBUG);
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
		this.casesWithoutWorker = new CaseDriver(this.engine);
		this.steps = new CaseSteps(this.api, this.cases);
	}

	@AfterEach
	void resetClockAndLogLevel() {
		CaseDriver.resetClock();
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.pnpflow", null);
	}

	@Test
	void aNominatedApplicantLeavesNoPersonalDataInCamundaOrInTheLogs(CapturedOutput output) throws Exception {
		Person person = new Person("Quarrington-Vasquez", "Zephyrine Odalys", LocalDate.of(1957, 10, 23), "QZ7318450",
				"77 Marigold Crescent, Wetaskiwin", "zephyrine.odalys@mail.example", "+1 780 555 0163",
				"Wilhelmina Vandersloot", null);
		Map<String, Object> application = person.application();
		// the passport as declared gives another date of birth: intake cannot confirm the
		// file complete, and is told why
		@SuppressWarnings("unchecked")
		Map<String, Object> passport = ((List<Map<String, Object>>) application.get("documents")).get(0);
		passport.put("holderDateOfBirth", person.born().plusDays(1).toString());
		String file = this.api.submit(application);
		this.cases.runDueJobs();
		assertThat(visibleOutsideOpenWork(person)).isEmpty();
		assertThat(inOpenWork(person)).as("the case summary of the open task")
			.contains(OPEN_TASK + ": " + person.passport().toLowerCase(Locale.ROOT));

		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "COMPLETE")))
			.hasRootCauseInstanceOf(TaskInputException.class)
			.hasMessageContaining("cannot be confirmed complete")
			.hasMessageContaining("Passport: the date of birth on it is not the one in the application");
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "INCOMPLETE"));
		assertThat(
				this.api
					.upload("portal", file, "PASSPORT", ApiClient.pdf(), "passport.pdf",
							Map.of("issuedOn", "2022-01-10", "expiresOn", "2032-01-09", "documentNumber",
									person.passport(), "holderFamilyName", person.family(), "holderGivenNames",
									person.given(), "holderDateOfBirth", person.born().toString()))
					.getResponse()
					.getStatus())
			.isEqualTo(201);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_ConfirmCompleteness", "intake", Map.of("completenessDecision", "COMPLETE"));

		this.cases.complete(file, "UserTask_RecordVerificationCall", "officer", person.verificationCall("CLEAR"));
		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", true);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));
		assertThat(this.api.status(file).get("certificateNumber").asText()).isNotBlank();
		assertThat(openTasksOf(file)).isZero();
		// the applicant checks where the file stands, once with a mistyped date of birth
		assertThat(publicStatusCheck(file, person.born().toString())).isEqualTo(200);
		assertThat(publicStatusCheck(file, person.born().minusYears(1).toString())).isEqualTo(404);

		assertThat(visibleOutsideOpenWork(person)).isEmpty();
		assertThat(inOpenWork(person)).isEmpty();
		assertThat(person.foundIn(output.getAll())).as("personal data in the logs").isEmpty();
	}

	@Test
	void registryChecksAndAnIntegrityReviewLeaveNoPersonalDataBehind(CapturedOutput output) throws Exception {
		Person person = new Person("Oyelaran-Thistlewood", "Bartholomew Ikenna", LocalDate.of(1963, 2, 14), "BT4402917",
				"9 Juniper Mews, Moose Jaw", "b.thistlewood@mail.example", "+1 306 555 0148",
				"Gwendolyn Abernathy-Okoro", "Philippa Marchbanks-Oduya");
		String licence = "R77301429";
		String credential = "WES-88123-ZT";
		Map<String, Object> application = person.application();
		application.put("representative", Map.of("fullName", person.representative(), "organisation",
				"Marchbanks Immigration", "licenceNumber", licence, "email", "philippa@marchbanks.example"));
		@SuppressWarnings("unchecked")
		Map<String, Object> humanCapital = (Map<String, Object>) application.get("humanCapital");
		humanCapital.put("educationCredentialReference", credential);
		assertThat(this.api
			.put("integrity", "/api/registers/representatives/" + licence, Map.of("fullName", person.representative(),
					"regulator", "CICC", "status", "ACTIVE", "validUntil", LocalDate.now().plusYears(2).toString()))
			.getResponse()
			.getStatus()).isIn(200, 201);
		assertThat(this.api.put("integrity", "/api/registers/education-credentials/" + credential,
				Map.of("holderFamilyName", person.family(), "holderDateOfBirth", person.born().toString(), "credential",
						"Bachelor of Engineering", "level", "BACHELOR", "issuedBy", "World Education Services",
						"status", "VALID"))
			.getResponse()
			.getStatus()).isIn(200, 201);

		String file = this.api.submit(application);
		this.casesWithoutWorker.runDueJobs();
		this.casesWithoutWorker.complete(file, "UserTask_ConfirmCompleteness", "intake",
				Map.of("completenessDecision", "COMPLETE"));
		// the checks wait for a worker, with the names they check as their local inputs
		assertThat(this.engine.getExternalTaskService()
			.createExternalTaskQuery()
			.processInstanceId(CaseDriver.caseOf(this.engine, file).getId())
			.count()).isEqualTo(3);
		assertThat(visibleOutsideOpenWork(person)).isEmpty();
		assertThat(inOpenWork(person)).as("the case summary of the open task, the inputs of the open checks")
			.contains(OPEN_TASK + ": " + person.passport().toLowerCase(Locale.ROOT),
					OPEN_CHECK + ": " + person.representative().toLowerCase(Locale.ROOT),
					OPEN_CHECK + ": " + person.family().toLowerCase(Locale.ROOT), OPEN_CHECK + ": " + person.born());

		this.cases.runDueJobs();
		assertThat(this.engine.getExternalTaskService()
			.createExternalTaskQuery()
			.processInstanceId(CaseDriver.caseOf(this.engine, file).getId())
			.count()).isZero();
		assertThat(visibleOutsideOpenWork(person)).isEmpty();

		this.cases.complete(file, "UserTask_RecordVerificationCall", "officer", person.verificationCall("CONCERN"));
		assertThatThrownBy(() -> this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity",
				Map.of("integrityReasons", "Spoke with " + person.contact() + " at the employer.")))
			.hasRootCauseInstanceOf(TaskInputException.class);
		this.cases.complete(file, "UserTask_ReviewIntegrityConcern", "integrity",
				Map.of("integrityFinding", "CLEARED", "integrityReasons",
						"Reached " + person.contact() + "; " + person.fullName() + " works there since 2021."));
		assertThat(visibleOutsideOpenWork(person)).isEmpty();

		this.steps.interviewHeld(file);
		this.steps.recommend(file, "officer", "NOMINATE", false);
		this.cases.complete(file, "UserTask_SignOffRecommendation", "manager", Map.of("signOffDecision", "APPROVE"));
		this.cases.complete(file, "UserTask_SignNomination", "director", Map.of("directorDecision", "SIGN"));
		assertThat(openTasksOf(file)).isZero();

		assertThat(visibleOutsideOpenWork(person)).isEmpty();
		assertThat(inOpenWork(person)).isEmpty();
		assertThat(person.foundIn(output.getAll())).as("personal data in the logs").isEmpty();
	}

	@Test
	void aRefusedSubmissionDoesNotLogThePersonItDescribes(CapturedOutput output) throws Exception {
		Person person = new Person("Featherstonehaugh-Iwu", "Cordelia Anwuli", LocalDate.of(1971, 6, 30), "CF5526081",
				"4 Saskatoon Berry Lane, Flin Flon", "cordelia.anwuli@mail.example", "+1 204 555 0177",
				"Ambrose Kettleworth", null);
		Map<String, Object> application = person.application();
		@SuppressWarnings("unchecked")
		Map<String, Object> applicant = (Map<String, Object>) application.get("applicant");
		applicant.put("passportNumber", person.passport().toLowerCase(Locale.ROOT) + " " + person.address());
		applicant.put("email", person.fullName());
		assertThat(this.api.post("portal", "/api/applications", application).getResponse().getStatus()).isEqualTo(400);
		assertThat(person.foundIn(output.getAll())).as("personal data in the logs").isEmpty();
		assertThat(visibleOutsideOpenWork(person)).isEmpty();
	}

	@Test
	void theSearchFindsPersonalDataWhereverItIsWritten(CapturedOutput output) throws Exception {
		Person person = new Person("Pemberton-Achterberg", "Lucinda Marisol", LocalDate.of(1968, 4, 9), "LP6620374",
				"31 Tamarack Drive, Yellowknife", "lucinda.marisol@mail.example", "+1 867 555 0112",
				"Reginald Otterburn", null);
		String file = this.api.submit(person.application());
		this.cases.runDueJobs();
		String instance = CaseDriver.caseOf(this.engine, file).getId();
		// what a careless delegate or log line might write: the search sees each
		this.engine.getRuntimeService().setVariable(instance, "probeText", "holder " + person.fullName());
		this.engine.getRuntimeService()
			.setVariable(instance, "probeBytes", person.passport().getBytes(StandardCharsets.UTF_8));
		this.engine.getRuntimeService()
			.setVariable(instance, "probeDate", Date.from(person.born().atStartOfDay(ZoneOffset.UTC).toInstant()));
		LoggerFactory.getLogger(PersonalDataTest.class).debug("probe {}", person.address());

		assertThat(visibleOutsideOpenWork(person)).extracting(Found::table)
			.contains("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY");
		assertThat(visibleOutsideOpenWork(person)).extracting(Found::value)
			.contains(person.fullName().toLowerCase(Locale.ROOT), person.passport().toLowerCase(Locale.ROOT),
					"date of birth as a date variable");
		assertThat(person.foundIn(output.getAll())).contains(person.address().toLowerCase(Locale.ROOT));
		this.engine.getRuntimeService().deleteProcessInstance(instance, "search checked", true);
		this.engine.getHistoryService().deleteHistoricProcessInstance(instance);
	}

	private int publicStatusCheck(String file, String dateOfBirth) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.post("/api/public/status")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fileNumber\":\"" + file + "\",\"dateOfBirth\":\"" + dateOfBirth + "\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	// ---- looking for the person ----

	/**
	 * Someone whose data a case carries; the values are distinctive enough that finding
	 * one anywhere means it came from this case.
	 */
	record Person(String family, String given, LocalDate born, String passport, String address, String email,
			String phone, String contact, String representative) {

		String fullName() {
			return this.given + " " + this.family;
		}

		Map<String, Object> application() {
			Map<String, Object> application = TestApplications.skilledWorker();
			Map<String, Object> applicant = TestApplications.applicant(this.family, this.given, this.born.toString(),
					"NG", this.passport, "EN");
			applicant.put("email", this.email);
			applicant.put("phone", this.phone);
			applicant.put("address", this.address);
			application.put("applicant", applicant);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> documents = (List<Map<String, Object>>) application.get("documents");
			Map<String, Object> passport = TestApplications.document("PASSPORT", "2022-01-10", "2032-01-09",
					this.passport);
			passport.put("holderFamilyName", this.family);
			passport.put("holderGivenNames", this.given);
			passport.put("holderDateOfBirth", this.born.toString());
			documents.set(0, passport);
			application.put("employer",
					Map.of("legalName", "Northern Lights Software Inc.", "businessNumber", "123456789", "address",
							"100 King Street, Suite 400", "contactName", this.contact, "contactPhone",
							"+1 416 555 0100", "contactEmail", "hr@northernlights.example"));
			@SuppressWarnings("unchecked")
			Map<String, Object> payment = (Map<String, Object>) application.get("payment");
			payment.put("payer", fullName());
			return application;
		}

		/**
		 * The officer's verification call, in the words an officer writes: whom they
		 * reached, about whom.
		 */
		Map<String, Object> verificationCall(String result) {
			return Map.of("callNumberDialled", "+1 416 555 0100", "callPersonReached", this.contact + ", HR director",
					"callConfirmed", this.fullName() + " (born " + this.born + ") holds the offer.",
					"verificationCallResult", result);
		}

		/**
		 * Every form the person's data may take in text, lower case: names whole and in
		 * parts, the date of birth as ISO and as people write it, identifiers.
		 */
		Set<String> values() {
			Set<String> values = new LinkedHashSet<>();
			for (String name : List.of(this.family, this.given, this.contact,
					this.representative == null ? "" : this.representative)) {
				values.add(name);
				for (String part : name.split("[ -]")) {
					if (part.length() >= 5) {
						values.add(part);
					}
				}
			}
			values.add(fullName());
			values.add(this.family + ", " + this.given);
			values.add(this.passport);
			values.add(this.address);
			values.add(this.address.substring(0, this.address.indexOf(',')));
			values.add(this.email);
			values.add(this.phone);
			values.add(this.phone.replace(" ", ""));
			for (String pattern : List.of("yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy",
					"dd/MM/yyyy", "MM/dd/yyyy", "yyyy/MM/dd", "dd.MM.yyyy", "yyyyMMdd")) {
				values.add(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(this.born));
			}
			values.add(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.CANADA_FRENCH).format(this.born));
			values.remove("");
			return values.stream()
				.map((value) -> value.toLowerCase(Locale.ROOT))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		}

		/**
		 * The values found in the text; Markdown's escapes (the case summary is Markdown)
		 * do not hide them.
		 */
		List<String> foundIn(String text) {
			if (text == null || text.isEmpty()) {
				return List.of();
			}
			String plain = text.replace("\\", "").toLowerCase(Locale.ROOT);
			return values().stream().filter(plain::contains).toList();
		}

		/**
		 * Whether a date variable (milliseconds since 1970) falls on the date of birth in
		 * any time zone.
		 */
		boolean isBirthDate(long millis) {
			Instant earliest = this.born.atStartOfDay().toInstant(ZoneOffset.ofHours(14));
			Instant latest = this.born.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(-12));
			Instant instant = Instant.ofEpochMilli(millis);
			return !instant.isBefore(earliest) && instant.isBefore(latest);
		}

	}

	/** A value of the person found in a row of a Camunda table. */
	record Found(String table, String id, String column, String value) {

		String row() {
			return this.table + "#" + this.id;
		}

	}

	private long openTasksOf(String file) {
		return this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(file).count();
	}

	/** Where the person's data is outside the open work: must be nowhere. */
	private List<Found> visibleOutsideOpenWork(Person person) {
		Map<String, String> allowed = openWorkRows();
		return scan(person).stream().filter((found) -> !allowed.containsKey(found.row())).toList();
	}

	/**
	 * What of the person's data the open work holds, each as "holder: value" (the holder
	 * is an open task or an open outside-registry check).
	 */
	private List<String> inOpenWork(Person person) {
		Map<String, String> allowed = openWorkRows();
		return scan(person).stream()
			.filter((found) -> allowed.containsKey(found.row()))
			.map((found) -> allowed.get(found.row()) + ": " + found.value())
			.toList();
	}

	/**
	 * The rows open work may hold personal data in, with what holds them: the local
	 * variables of open user tasks (and their byte arrays), and the local variables of
	 * the executions of open external tasks. Process-level variables never.
	 */
	private Map<String, String> openWorkRows() {
		Map<String, String> rows = new HashMap<>();
		List<Map<String, Object>> variables = this.jdbc.queryForList("""
				select v.ID_, v.BYTEARRAY_ID_, v.TASK_ID_ from ACT_RU_VARIABLE v
				where (v.TASK_ID_ in (select t.ID_ from ACT_RU_TASK t))
				   or (v.TASK_ID_ is null and v.EXECUTION_ID_ <> v.PROC_INST_ID_
				       and v.EXECUTION_ID_ in (select x.EXECUTION_ID_ from ACT_RU_EXT_TASK x))
				""");
		for (Map<String, Object> variable : variables) {
			String holder = (variable.get("TASK_ID_") != null) ? OPEN_TASK : OPEN_CHECK;
			rows.put("ACT_RU_VARIABLE#" + variable.get("ID_"), holder);
			if (variable.get("BYTEARRAY_ID_") != null) {
				rows.put("ACT_GE_BYTEARRAY#" + variable.get("BYTEARRAY_ID_"), holder);
			}
		}
		return rows;
	}

	/**
	 * Every row of every Camunda table that holds one of the person's values, in any text
	 * or binary column (binary read as UTF-8), or a date variable on their date of birth.
	 */
	private List<Found> scan(Person person) {
		return this.jdbc.execute((ConnectionCallback<List<Found>>) (connection) -> {
			List<Found> found = new ArrayList<>();
			DatabaseMetaData catalogue = connection.getMetaData();
			List<String> tables = new ArrayList<>();
			try (ResultSet listed = catalogue.getTables(null, null, "%", new String[] { "TABLE" })) {
				while (listed.next()) {
					String table = listed.getString("TABLE_NAME");
					if (table.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
						tables.add(table);
					}
				}
			}
			assertThat(tables).as("Camunda's tables")
				.contains("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY", "ACT_HI_OP_LOG",
						"ACT_HI_EXT_TASK_LOG", "ACT_RU_EXT_TASK", "ACT_HI_COMMENT", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG",
						"ACT_HI_TASKINST", "ACT_HI_PROCINST");
			for (String table : tables) {
				try (var statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select * from " + table)) {
					ResultSetMetaData columns = rows.getMetaData();
					int count = columns.getColumnCount();
					int rowNumber = 0;
					while (rows.next()) {
						rowNumber++;
						String id = hasColumn(columns, "ID_") ? rows.getString("ID_") : "row " + rowNumber;
						String type = hasColumn(columns, "TYPE_") ? rows.getString("TYPE_")
								: hasColumn(columns, "VAR_TYPE_") ? rows.getString("VAR_TYPE_") : null;
						for (int column = 1; column <= count; column++) {
							String name = columns.getColumnLabel(column);
							int sqlType = columns.getColumnType(column);
							String text = null;
							if (TEXT_TYPES.contains(sqlType)) {
								text = rows.getString(column);
							}
							else if (BINARY_TYPES.contains(sqlType)) {
								byte[] bytes = rows.getBytes(column);
								text = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
							}
							else if ("LONG_".equalsIgnoreCase(name) && "date".equals(type)) {
								long millis = rows.getLong(column);
								if (!rows.wasNull() && person.isBirthDate(millis)) {
									found.add(new Found(table, id, name, "date of birth as a date variable"));
								}
							}
							for (String value : person.foundIn(text)) {
								found.add(new Found(table, id, name, value));
							}
						}
					}
				}
			}
			return found;
		});
	}

	private static boolean hasColumn(ResultSetMetaData columns, String wanted) throws SQLException {
		for (int column = 1; column <= columns.getColumnCount(); column++) {
			if (wanted.equalsIgnoreCase(columns.getColumnLabel(column))) {
				return true;
			}
		}
		return false;
	}

}
