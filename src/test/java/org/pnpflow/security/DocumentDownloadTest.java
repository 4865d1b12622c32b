package org.pnpflow.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents the portal uploads are served only to the staff roles whose work needs them,
 * always as an attachment, with a content type from a short allow-list and
 * {@code nosniff}: whatever the upload claimed or the bytes contain, a browser never
 * renders a document as a page or a script.
 */
// configured as PersonalDataTest, so that the security tests share one application
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "logging.level.org.pnpflow=DEBUG")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DocumentDownloadTest {

	static final List<String> DOCUMENT_STAFF = List.of("intake", "officer", "integrity", "manager", "director");

	static final List<String> NOT_FOR_DOCUMENTS = List.of("portal", "registryworker", "analyst");

	static final List<String> ALLOWED_TYPES = List.of("application/pdf", "image/jpeg", "image/png",
			"application/octet-stream");

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	static final String HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>";

	static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"></svg>";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient api;

	String file;

	@BeforeEach
	void submitAFile() throws Exception {
		this.api = new ApiClient(this.mvc);
		this.file = this.api.submit(TestApplications.skilledWorker());
		new CaseDriver(this.engine).runDueJobs();
		// a file every queue has worked on: officers, integrity and directors read the
		// documents of those files only (the rule itself is DocumentUploadApiTest's and
		// RoleMatrixTest's)
		for (String queue : List.of("officers", "integrity", "directors")) {
			this.jdbc.update(
					"insert into file_queue (application_id, queue, first_task_at, last_task_at)"
							+ " select id, ?, received_at, received_at from application_file where file_number = ?",
					queue, this.file);
		}
	}

	@Test
	void staffDownloadAnUploadAsAnAttachmentAndNobodyElseDoes() throws Exception {
		byte[] pdf = ApiClient.pdf();
		String url = upload(pdf, "job offer.pdf");
		for (String user : DOCUMENT_STAFF) {
			MockHttpServletResponse download = this.api.get(user, url).getResponse();
			assertThat(download.getStatus()).as(user).isEqualTo(200);
			assertThat(download.getContentAsByteArray()).as(user).isEqualTo(pdf);
			assertSafelyServed(download, "application/pdf");
			assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION))
				.isEqualTo("attachment; filename=\"job offer.pdf\"");
		}
		for (String user : NOT_FOR_DOCUMENTS) {
			MockHttpServletResponse refused = this.api.get(user, url).getResponse();
			assertThat(refused.getStatus()).as(user).isEqualTo(403);
			assertThat(refused.getContentAsString()).as(user).doesNotContain("%PDF");
		}
		MockHttpServletResponse anonymous = this.mvc.perform(MockMvcRequestBuilders.get(url)).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		// a user the engine does not know: a wrong password of a real one would delay its
		// next sign-in (Camunda's throttling) in the tests that follow
		MockHttpServletResponse unknown = this.mvc
			.perform(MockMvcRequestBuilders.get(url)
				.header(HttpHeaders.AUTHORIZATION,
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString("nobody:test".getBytes(StandardCharsets.UTF_8))))
			.andReturn()
			.getResponse();
		assertThat(unknown.getStatus()).isEqualTo(401);
		assertThat(unknown.getContentAsString()).doesNotContain("%PDF");
	}

	@Test
	void aNameOutsideAsciiIsGivenAsUtf8Too() throws Exception {
		MockHttpServletResponse download = this.api.get("officer", upload(ApiClient.pdf(), "lettre d'offre – été.pdf"))
			.getResponse();
		assertSafelyServed(download, "application/pdf");
		assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("filename*=UTF-8''lettre%20d%27offre%20%E2%80%93%20%C3%A9t%C3%A9.pdf");
	}

	@Test
	void imagesKeepTheirOwnTypeWhateverTheNameOrTheClaimedTypeSays() throws Exception {
		assertSafelyServed(this.api.get("officer", upload(JPEG, "scan.html", "text/html")).getResponse(), "image/jpeg");
		assertSafelyServed(this.api.get("officer", upload(PNG, "photo.svg", "image/svg+xml")).getResponse(),
				"image/png");
	}

	@Test
	void htmlAndSvgUploadsAreRefusedWhateverTheyClaimToBe() throws Exception {
		long documents = this.jdbc.queryForObject("select count(*) from document", Long.class);
		for (String[] upload : List.of(new String[] { HTML, "offer.html", "text/html" },
				new String[] { HTML, "offer.pdf", "application/pdf" },
				new String[] { SVG, "photo.svg", "image/svg+xml" }, new String[] { SVG, "photo.png", "image/png" })) {
			MvcResult refused = upload("portal", upload[0].getBytes(StandardCharsets.UTF_8), upload[1], upload[2]);
			assertThat(refused.getResponse().getStatus()).as(upload[1]).isEqualTo(415);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(documents);
	}

	@Test
	void aPdfThatLooksLikeHtmlInsideIsStillAnAttachmentNeverAPage() throws Exception {
		byte[] polyglot = ("%PDF-1.4\n" + HTML + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
		MockHttpServletResponse download = this.api.get("intake", upload(polyglot, "offer.html", "text/html"))
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertSafelyServed(download, "application/pdf");
		assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("offer.html");
	}

	@Test
	void aStoredTypeOutsideTheAllowListIsServedAsOctetStream() throws Exception {
		// a document recorded with another type than the upload check gives (an import,
		// an
		// older release, a change made in the database) is never served as that type
		for (String stored : List.of("text/html", "image/svg+xml", "text/xml", "application/javascript",
				"text/html; charset=UTF-8", "APPLICATION/PDF")) {
			String url = upload(ApiClient.pdf(), "document.pdf");
			Long id = Long.valueOf(url.substring(url.lastIndexOf("/documents/") + 11, url.lastIndexOf('/')));
			this.jdbc.update("update document set content_type = ? where id = ?", stored, id);
			MockHttpServletResponse download = this.api.get("officer", url).getResponse();
			assertThat(download.getStatus()).as(stored).isEqualTo(200);
			assertSafelyServed(download, "application/octet-stream");
		}
	}

	private void assertSafelyServed(MockHttpServletResponse download, String expectedType) {
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo(expectedType).isIn(ALLOWED_TYPES);
		assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");
		assertThat(download.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	private String upload(byte[] content, String fileName) throws Exception {
		return upload(content, fileName, "application/octet-stream");
	}

	private String upload(byte[] content, String fileName, String claimedType) throws Exception {
		MvcResult stored = upload("portal", content, fileName, claimedType);
		assertThat(stored.getResponse().getStatus()).as(stored.getResponse().getContentAsString()).isEqualTo(201);
		return this.api.body(stored).get("contentUrl").asText();
	}

	/**
	 * Uploads as {@link ApiClient#upload} does, but with the part's content type the
	 * sender claims.
	 */
	private MvcResult upload(String user, byte[] content, String fileName, String claimedType) throws Exception {
		if ("application/octet-stream".equals(claimedType)) {
			return this.api.upload(user, this.file, "JOB_OFFER", content, fileName, Map.of());
		}
		return this.mvc
			.perform(MockMvcRequestBuilders.multipart("/api/applications/" + this.file + "/documents")
				.file(new MockMultipartFile("file", fileName, claimedType, content))
				.param("documentType", "JOB_OFFER")
				.header(HttpHeaders.AUTHORIZATION, ApiClient.basic(user)))
			.andReturn();
	}

}
