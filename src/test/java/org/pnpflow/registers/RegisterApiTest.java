package org.pnpflow.registers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Program integrity and managers keep the registers through the API: one entry at a time
 * as JSON, many at once as CSV; bad input is refused whole with the field and line at
 * fault; other roles are turned away.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegisterApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<RegisterBook<?>> books;

	@Autowired
	PlatformTransactionManager transactions;

	ApiClient api;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.mvc);
		// only this test's entries: other tests of the same context may keep entries of
		// their own
		this.jdbc.update("delete from employer_register where business_number like '9990%'");
		this.jdbc.update("delete from representative_register where licence_number like 'RTEST%'");
		this.jdbc.update("delete from education_credential_register where reference like 'ECATEST%'");
	}

	@Test
	void integrityCreatesAManagerReplacesAndRemovesAnEntry() throws Exception {
		MvcResult created = put("integrity", "/api/registers/employers/999 000 111",
				Map.of("legalName", "Northern Lights Software Inc.", "operatingName", "Northern Lights", "status",
						"active", "province", "on"));
		assertThat(created.getResponse().getStatus()).as(text(created)).isEqualTo(201);
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("/api/registers/employers/999000111");

		JsonNode entry = this.api.body(this.api.get("manager", "/api/registers/employers/999000111"));
		assertThat(entry.get("businessNumber").asText()).isEqualTo("999000111");
		assertThat(entry.get("legalName").asText()).isEqualTo("Northern Lights Software Inc.");
		assertThat(entry.get("status").asText()).isEqualTo("ACTIVE");
		assertThat(entry.get("province").asText()).isEqualTo("ON");
		assertThat(entry.get("updatedBy").asText()).isEqualTo("integrity");
		assertThat(entry.get("updatedAt").asText()).isNotBlank();

		MvcResult replaced = put("manager", "/api/registers/employers/999000111", Map.of("businessNumber", "999000111",
				"legalName", "Northern Lights Software Inc.", "status", "DISSOLVED", "province", "ON"));
		assertThat(replaced.getResponse().getStatus()).as(text(replaced)).isEqualTo(200);
		entry = this.api.body(replaced);
		assertThat(entry.get("status").asText()).isEqualTo("DISSOLVED");
		assertThat(entry.has("operatingName")).isFalse();
		assertThat(entry.get("updatedBy").asText()).isEqualTo("manager");
		assertThat(count("employer_register", "business_number", "9990")).isOne();

		assertThat(send("admin", "test-admin", MockMvcRequestBuilders.delete("/api/registers/employers/999000111"))
			.getResponse()
			.getStatus()).isEqualTo(204);
		assertProblem(this.api.get("integrity", "/api/registers/employers/999000111"), 404);
		assertProblem(send("integrity", ApiClient.PASSWORD,
				MockMvcRequestBuilders.delete("/api/registers/employers/999000111")), 404);
	}

	@Test
	void representativesAndCredentialsAreKeptTheSameWay() throws Exception {
		assertThat(put("integrity", "/api/registers/representatives/rtest-512345",
				Map.of("fullName", "Omar Haddad", "regulator", "CICC", "status", "ACTIVE", "validUntil", "2027-06-30"))
			.getResponse()
			.getStatus()).isEqualTo(201);
		JsonNode licence = this.api.body(this.api.get("integrity", "/api/registers/representatives/RTEST512345"));
		assertThat(licence.get("licenceNumber").asText()).isEqualTo("RTEST512345");
		assertThat(licence.get("validUntil").asText()).isEqualTo("2027-06-30");
		assertThat(put("integrity", "/api/registers/education-credentials/ECATEST-4410",
				Map.of("holderFamilyName", "Okafor", "holderDateOfBirth", "1991-04-12", "credential",
						"Master of Science, Computer Science", "level", "MASTER", "issuedBy",
						"World Education Services", "status", "VALID"))
			.getResponse()
			.getStatus()).isEqualTo(201);
		assertThat(this.api.body(this.api.get("manager", "/api/registers/education-credentials/ecatest4410"))
			.get("holderDateOfBirth")
			.asText()).isEqualTo("1991-04-12");
	}

	@Test
	void csvFileCreatesAndUpdatesEntries() throws Exception {
		put("integrity", "/api/registers/employers/999000111",
				Map.of("legalName", "Northern Lights Software Inc.", "status", "ACTIVE", "province", "ON"));
		String csv = "business_number,Legal Name,operatingName,status,province\r\n"
				+ "999000111,Northern Lights Software Inc.,Northern Lights,INACTIVE,ON\r\n"
				+ "999000222,\"Prairie Grain Processing, Ltd.\",,ACTIVE,MB\r\n"
				+ "999000333,Boulangerie Côté Ltée,Pains Côté,ACTIVE,QC\r\n";
		MvcResult loaded = csv("manager", "/api/registers/employers", csv);
		assertThat(loaded.getResponse().getStatus()).as(text(loaded)).isEqualTo(200);
		JsonNode counts = this.api.body(loaded);
		assertThat(counts.get("rows").asInt()).isEqualTo(3);
		assertThat(counts.get("created").asInt()).isEqualTo(2);
		assertThat(counts.get("updated").asInt()).isEqualTo(1);

		JsonNode updated = this.api.body(this.api.get("integrity", "/api/registers/employers/999000111"));
		assertThat(updated.get("status").asText()).isEqualTo("INACTIVE");
		assertThat(updated.get("operatingName").asText()).isEqualTo("Northern Lights");
		assertThat(updated.get("updatedBy").asText()).isEqualTo("manager");
		assertThat(this.api.body(this.api.get("integrity", "/api/registers/employers/999000222"))
			.get("legalName")
			.asText()).isEqualTo("Prairie Grain Processing, Ltd.");
		assertThat(this.api.body(this.api.get("integrity", "/api/registers/employers/999000333"))
			.get("legalName")
			.asText()).isEqualTo("Boulangerie Côté Ltée");
	}

	@Test
	void csvFileWithABadRowIsRefusedWholeNamingLineAndColumn() throws Exception {
		String csv = "licenceNumber,fullName,regulator,status,validUntil\n" + "RTEST100001,Omar Haddad,CICC,ACTIVE,\n"
				+ "RTEST100002,Ana Lima,CICC,LAPSED,2027-01-31\n" + "RTEST100003,Li Wei,LAW_SOCIETY,ACTIVE,31/01/2027\n"
				+ "RTEST100001,Omar Haddad,CICC,ACTIVE,\n" + "RTEST100004,,NOTARY,ACTIVE\n";
		MvcResult refused = csv("integrity", "/api/registers/representatives", csv);
		assertProblem(refused, 400);
		JsonNode errors = this.api.body(refused).get("errors");
		assertThat(errors).hasSize(4);
		assertError(errors.get(0), 3, "status", "must be one of ACTIVE, SUSPENDED, REVOKED");
		assertError(errors.get(1), 4, "validUntil", "must be a date written yyyy-MM-dd");
		assertError(errors.get(2), 5, "licenceNumber", "repeats the licence number of line 2");
		assertThat(errors.get(3).get("line").asInt()).isEqualTo(6);
		assertThat(errors.get(3).get("field").asText()).isEqualTo("line 6");
		assertThat(errors.get(3).get("message").asText()).isEqualTo("has 4 values where the header has 5 columns");
		assertThat(count("representative_register", "licence_number", "RTEST")).isZero();

		MvcResult badHeader = csv("integrity", "/api/registers/representatives",
				"licenceNumber,name,regulator,status,validUntil\nRTEST100001,Omar Haddad,CICC,ACTIVE,\n");
		assertProblem(badHeader, 400);
		JsonNode headerErrors = this.api.body(badHeader).get("errors");
		assertError(headerErrors.get(0), 1, "name", null);
		assertError(headerErrors.get(1), 1, "fullName", "is missing from the header");
		assertThat(count("representative_register", "licence_number", "RTEST")).isZero();
	}

	@Test
	void badJsonValuesAreRefusedNamingTheirField() throws Exception {
		MvcResult refused = put("integrity", "/api/registers/representatives/RTEST200001",
				Map.of("regulator", "CICC", "status", "ACTIVE", "validUntil", "30/06/2027", "colour", "blue"));
		assertProblem(refused, 400);
		JsonNode errors = this.api.body(refused).get("errors");
		assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("colour", "fullName", "validUntil");
		assertThat(errors.findValuesAsText("message")).contains("is required", "must be a date written yyyy-MM-dd");
		assertThat(count("representative_register", "licence_number", "RTEST")).isZero();

		MvcResult badNumber = put("integrity", "/api/registers/employers/99900",
				Map.of("legalName", "Short Number Ltd.", "status", "ACTIVE", "province", "ON"));
		assertProblem(badNumber, 400);
		assertThat(this.api.body(badNumber).get("errors").get(0).get("field").asText()).isEqualTo("businessNumber");

		MvcResult otherNumber = put("integrity", "/api/registers/employers/999000111",
				Map.of("businessNumber", "999000999", "legalName", "X Ltd.", "status", "ACTIVE", "province", "ON"));
		assertThat(this.api.body(otherNumber).get("errors").get(0).get("field").asText()).isEqualTo("businessNumber");

		MvcResult notJson = send("integrity", ApiClient.PASSWORD,
				MockMvcRequestBuilders.put("/api/registers/employers/999000111")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"legalName\": "));
		assertProblem(notJson, 400);
		assertThat(this.api.body(notJson).get("errors").get(0).get("field").asText()).isEqualTo("body");

		assertProblem(this.api.post("integrity", "/api/registers/employers", Map.of("rows", "x")), 415);
		assertProblem(this.api.get("integrity", "/api/registers/horoscopes/1"), 404);
		assertThat(count("employer_register", "business_number", "9990")).isZero();
	}

	@Test
	void rolesThatDoNotKeepTheRegistersAreTurnedAway() throws Exception {
		assertProblem(put("officer", "/api/registers/employers/999000111",
				Map.of("legalName", "X Ltd.", "status", "ACTIVE", "province", "ON")), 403);
		assertProblem(this.api.get("intake", "/api/registers/employers/999000111"), 403);
		assertProblem(csv("portal", "/api/registers/employers",
				"businessNumber,legalName,operatingName,status,province\n999000111,X Ltd.,,ACTIVE,ON\n"), 403);
		assertProblem(send("director", ApiClient.PASSWORD,
				MockMvcRequestBuilders.delete("/api/registers/employers/999000111")), 403);
		assertThat(count("employer_register", "business_number", "9990")).isZero();
	}

	@Test
	void exampleFilesOfTheDocsLoad() throws Exception {
		assertThat(this.books).hasSize(3);
		for (RegisterBook<?> book : this.books) {
			String csv = Files
				.readString(Path.of("src/main/resources/demo/registers/" + book.register().path() + ".csv"));
			// checked, then rolled back: the examples stay out of other tests' way
			RegisterBook.Loaded loaded = new TransactionTemplate(this.transactions).execute((status) -> {
				status.setRollbackOnly();
				return book.load(CsvTable.parse(csv), "test");
			});
			assertThat(loaded.rows()).as(book.register().path()).isGreaterThan(2);
			assertThat(loaded.created() + loaded.updated()).isEqualTo(loaded.rows());
		}
	}

	private MvcResult put(String user, String path, Map<String, String> body) throws Exception {
		return send(user, ApiClient.PASSWORD,
				MockMvcRequestBuilders.put(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(body)));
	}

	private MvcResult csv(String user, String path, String csv) throws Exception {
		return send(user, ApiClient.PASSWORD,
				MockMvcRequestBuilders.post(path)
					.contentType("text/csv")
					.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private MvcResult send(String user, String password, MockHttpServletRequestBuilder request) throws Exception {
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic " + credentials)).andReturn();
	}

	private void assertProblem(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	private static void assertError(JsonNode error, int line, String column, String message) {
		assertThat(error.get("line").asInt()).as(error.toString()).isEqualTo(line);
		assertThat(error.get("column").asText()).as(error.toString()).isEqualTo(column);
		assertThat(error.get("field").asText()).as(error.toString()).isEqualTo(column);
		if (message != null) {
			assertThat(error.get("message").asText()).as(error.toString()).startsWith(message);
		}
	}

	private long count(String table, String reference, String prefix) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where " + reference + " like ?", Long.class,
				prefix + "%");
	}

	private static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
