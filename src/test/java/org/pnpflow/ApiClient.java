package org.pnpflow;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Calls our API in-process as a named user, the way the e-filing portal and staff tools
 * do.
 */
public final class ApiClient {

	public static final String PASSWORD = "test";

	private final MockMvc mvc;

	private final ObjectMapper json = new ObjectMapper();

	public ApiClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult post(String user, String path, Object body) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.header(HttpHeaders.AUTHORIZATION, basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body instanceof String text ? text : this.json.writeValueAsString(body)))
			.andReturn();
	}

	public MvcResult put(String user, String path, Object body) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
				.header(HttpHeaders.AUTHORIZATION, basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body instanceof String text ? text : this.json.writeValueAsString(body)))
			.andReturn();
	}

	public MvcResult get(String user, String path) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
				.header(HttpHeaders.AUTHORIZATION, basic(user)))
			.andReturn();
	}

	/** Uploads a document as the user (multipart: the file and what it is). */
	public MvcResult upload(String user, String fileNumber, String documentType, byte[] content, String fileName,
			Map<String, String> metadata) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/applications/" + fileNumber + "/documents")
			.file(new org.springframework.mock.web.MockMultipartFile("file", fileName, "application/octet-stream",
					content))
			.param("documentType", documentType)
			.header(HttpHeaders.AUTHORIZATION, basic(user));
		metadata.forEach(request::param);
		return this.mvc.perform(request).andReturn();
	}

	/** A small, valid PDF, different each time it is made. */
	public static byte[] pdf() {
		String marker = java.util.UUID.randomUUID().toString();
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n" + "% " + marker + "\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

	/** Submits an application as the portal and returns its file number. */
	public String submit(Map<String, Object> application) throws Exception {
		MvcResult result = post("portal", "/api/applications", application);
		if (result.getResponse().getStatus() != 201) {
			throw new AssertionError("Submission refused: " + result.getResponse().getStatus() + " "
					+ result.getResponse().getContentAsString());
		}
		return body(result).get("fileNumber").asText();
	}

	public JsonNode status(String fileNumber) throws Exception {
		return body(get("intake", "/api/applications/" + fileNumber));
	}

	public JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	public static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
