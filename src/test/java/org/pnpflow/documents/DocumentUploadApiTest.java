package org.pnpflow.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading documents to a file: what is accepted, every way an upload is refused (with
 * nothing stored), the same bytes stored once, and downloads for the right roles only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DocumentUploadApiTest {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	ApiClient api;

	String file;

	@BeforeEach
	void submitAFile() throws Exception {
		this.api = new ApiClient(this.mvc);
		this.file = this.api.submit(TestApplications.skilledWorker());
		new CaseDriver(this.engine).runDueJobs();
	}

	@Test
	void pdfJpegAndPngAreStoredWithTheirChecksum() throws Exception {
		byte[] pdf = ApiClient.pdf();
		MvcResult stored = this.api.upload("portal", this.file, "JOB_OFFER", pdf, "../../etc/offer \"final\".pdf",
				Map.of("issuedOn", "2026-10-01", "documentNumber", "OFFER-1"));
		assertThat(stored.getResponse().getStatus()).isEqualTo(201);
		var body = this.api.body(stored);
		assertThat(body.get("contentType").asText()).isEqualTo("application/pdf");
		assertThat(body.get("sha256").asText()).isEqualTo(DocumentUploads.sha256(pdf)).hasSize(64);
		assertThat(body.get("fileName").asText()).isEqualTo("offer _final_.pdf");
		assertThat(body.get("sizeBytes").asLong()).isEqualTo(pdf.length);
		assertThat(this.api.upload("portal", this.file, "PASSPORT", JPEG, "scan.pdf", Map.of())
			.getResponse()
			.getContentAsString()).contains("\"contentType\":\"image/jpeg\"");
		assertThat(this.api.upload("portal", this.file, "PASSPORT", PNG, "photo", Map.of())
			.getResponse()
			.getContentAsString()).contains("\"contentType\":\"image/png\"");
	}

	@Test
	void theSameBytesTwiceAreStoredOnce() throws Exception {
		byte[] pdf = ApiClient.pdf();
		long contents = count("document_content");
		MvcResult first = this.api.upload("portal", this.file, "JOB_OFFER", pdf, "offer.pdf", Map.of());
		MvcResult again = this.api.upload("portal", this.file, "JOB_OFFER", pdf, "offer-copy.pdf", Map.of());
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.api.body(again).get("id").asLong()).isEqualTo(this.api.body(first).get("id").asLong());
		assertThat(count("document_content")).isEqualTo(contents + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from document where sha256 = ?", Long.class,
				DocumentUploads.sha256(pdf)))
			.isOne();
	}

	@Test
	void badUploadsAreRefusedAndNothingIsStored() throws Exception {
		long documents = count("document");
		long contents = count("document_content");
		assertRefused(this.api.upload("portal", this.file, "JOB_OFFER", new byte[0], "empty.pdf", Map.of()), 400,
				"file");
		assertRefused(
				this.api.upload("portal", this.file, "JOB_OFFER",
						"just text, named like a PDF".getBytes(StandardCharsets.UTF_8), "offer.pdf", Map.of()),
				415, "file");
		byte[] huge = Arrays.copyOf(ApiClient.pdf(), 10 * 1024 * 1024 + 1);
		assertRefused(this.api.upload("portal", this.file, "JOB_OFFER", huge, "huge.pdf", Map.of()), 413, "file");
		assertRefused(this.api.upload("portal", this.file, "HOROSCOPE", ApiClient.pdf(), "x.pdf", Map.of()), 400,
				"documentType");
		assertRefused(this.api.upload("portal", this.file, "JOB_OFFER", ApiClient.pdf(), "x.pdf",
				Map.of("issuedOn", "01/10/2026")), 400, "issuedOn");
		assertRefused(this.api.upload("portal", this.file, "PASSPORT", ApiClient.pdf(), "x.pdf",
				Map.of("issuedOn", "2026-01-10", "expiresOn", "2025-01-10")), 400, "expiresOn");
		assertRefused(this.api.upload("portal", "PNP-1999-000404", "JOB_OFFER", ApiClient.pdf(), "x.pdf", Map.of()),
				404, null);
		MvcResult noFile = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/applications/" + this.file + "/documents")
				.param("documentType", "JOB_OFFER")
				.header("Authorization", ApiClient.basic("portal")))
			.andReturn();
		assertRefused(noFile, 400, "file");
		assertThat(this.api.upload("officer", this.file, "JOB_OFFER", ApiClient.pdf(), "x.pdf", Map.of())
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(count("document")).isEqualTo(documents);
		assertThat(count("document_content")).isEqualTo(contents);
	}

	@Test
	void staffDownloadTheContentAsAnAttachment() throws Exception {
		byte[] pdf = ApiClient.pdf();
		String url = this.api.body(this.api.upload("portal", this.file, "JOB_OFFER", pdf, "offer.pdf", Map.of()))
			.get("contentUrl")
			.asText();
		MvcResult download = this.api.get("intake", url);
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("offer.pdf");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(this.api.get("portal", url).getResponse().getStatus()).isEqualTo(403);
		// the file is at intake's completeness check: not yet the officers' to read
		assertThat(this.api.get("officer", url).getResponse().getStatus()).isEqualTo(403);
		assertThat(this.api.get("intake", "/api/applications/" + this.file + "/documents")
			.getResponse()
			.getContentAsString()).contains("JOB_OFFER").contains(url);
		assertThat(this.api.get("intake", "/api/applications/" + this.file + "/documents/999999/content")
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private void assertRefused(MvcResult result, int status, String field) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		if (field != null) {
			assertThat(this.api.body(result).get("errors").get(0).get("field").asText()).isEqualTo(field);
		}
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
