package org.pnpflow.archive;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.pnpflow.audit.AuditEvent;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.documents.ContentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everything the program holds about a file, as the payload of a package: the file's data
 * and every record kept with it as JSON (every column, as stored), the documents, letters
 * and certificate as they were received or sent, the audit trail, and the history of
 * every process run for the file.
 */
@Component
class FileDossier {

	/** The tables whose rows belong to one file through {@code application_id}. */
	static final List<String> FILE_TABLES = List.of("checklist_item", "document", "payment", "refund", "case_note",
			"verification_check", "interview", "site_visit", "recommendation", "sign_off", "letter", "certificate",
			"misrepresentation_ban", "legal_hold");

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final JdbcTemplate jdbc;

	private final ContentStore contents;

	private final HistoryService history;

	private final AuditTrail audit;

	FileDossier(JdbcTemplate jdbc, ContentStore contents, HistoryService history, AuditTrail audit) {
		this.jdbc = jdbc;
		this.contents = contents;
		this.history = history;
		this.audit = audit;
	}

	/**
	 * The file's payload, each path under {@code folder} (empty for a package of one
	 * file).
	 */
	List<BagWriter.Entry> of(long applicationId, String folder) {
		Map<String, Object> file = row("select * from application_file where id = ?", applicationId);
		String fileNumber = (String) file.get("file_number");
		List<BagWriter.Entry> entries = new ArrayList<>();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("file", file);
		data.put("applicant", file.get("applicant_id") == null ? null
				: row("select * from applicant where id = ?", file.get("applicant_id")));
		data.put("representative", file.get("representative_id") == null ? null
				: row("select * from representative where id = ?", file.get("representative_id")));
		data.put("employer", file.get("employer_id") == null ? null
				: row("select * from employer where id = ?", file.get("employer_id")));
		entries.add(json(folder + "file.json", data));
		for (String table : FILE_TABLES) {
			entries.add(json(folder + "records/" + table + ".json",
					rows("select * from " + table + " where application_id = ? order by id", applicationId)));
		}
		entries.add(json(folder + "records/certificate_extension.json",
				rows("select e.* from certificate_extension e join certificate c on c.id = e.certificate_id"
						+ " where c.application_id = ? order by e.id", applicationId)));
		entries.add(json(folder + "records/letter_delivery.json",
				rows("select d.* from letter_delivery d join letter l on l.idempotency_key = d.idempotency_key"
						+ " where l.application_id = ? order by d.id", applicationId)));
		addContent(entries, folder + "documents/", "select id, document_type, file_name, sha256 from document"
				+ " where application_id = ? and sha256 is not null order by id", applicationId, (document) -> {
					Object name = document.get("file_name") != null ? document.get("file_name")
							: String.valueOf(document.get("document_type")).toLowerCase(Locale.ROOT);
					return document.get("id") + "-" + safe(String.valueOf(name));
				});
		addContent(entries, folder + "letters/",
				"select id, letter_type, language, pdf_sha256 as sha256 from letter"
						+ " where application_id = ? and pdf_sha256 is not null order by id",
				applicationId, (letter) -> letter.get("id") + "-"
						+ safe(letter.get("letter_type") + "-" + letter.get("language")) + ".pdf");
		addContent(entries, folder + "certificate/",
				"select certificate_number, pdf_sha256 as sha256 from certificate"
						+ " where application_id = ? and pdf_sha256 is not null",
				applicationId, (certificate) -> safe(String.valueOf(certificate.get("certificate_number"))) + ".pdf");
		entries.add(json(folder + "audit.json", auditOf(fileNumber)));
		entries.add(json(folder + "history.json", historyOf(fileNumber)));
		return entries;
	}

	/** Rows as the package shows them: column names in lower case, times in ISO-8601. */
	List<Map<String, Object>> rows(String sql, Object... arguments) {
		return this.jdbc.queryForList(sql, arguments).stream().map(FileDossier::plain).toList();
	}

	static BagWriter.Entry json(String path, Object value) {
		try {
			return new BagWriter.Entry(path, JSON.writeValueAsBytes(value));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Could not write " + path, ex);
		}
	}

	/** A name fit for a package path: letters, digits, dot, hyphen and underscore. */
	static String safe(String name) {
		String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "_");
		return cleaned.isEmpty() ? "unnamed" : cleaned;
	}

	private Map<String, Object> row(String sql, Object argument) {
		List<Map<String, Object>> found = rows(sql, argument);
		return found.isEmpty() ? null : found.get(0);
	}

	private void addContent(List<BagWriter.Entry> entries, String folder, String sql, long applicationId,
			Function<Map<String, Object>, String> name) {
		for (Map<String, Object> row : rows(sql, applicationId)) {
			String sha256 = (String) row.get("sha256");
			byte[] content = this.contents.get(sha256)
				.orElseThrow(() -> new IllegalStateException(
						"The content " + sha256 + " of " + folder + name.apply(row) + " is missing from the database"));
			entries.add(new BagWriter.Entry(folder + name.apply(row), content));
		}
	}

	private List<Map<String, Object>> auditOf(String fileNumber) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (AuditEvent event : this.audit.ofFile(fileNumber)) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("occurredAt", event.getOccurredAt());
			entry.put("actor", event.getActor());
			entry.put("action", event.getAction());
			entry.put("detail", event.getDetail());
			entry.put("remoteAddress", event.getRemoteAddress());
			entries.add(entry);
		}
		return entries;
	}

	/**
	 * Each process run for the file: its steps, tasks, operations by users and incidents.
	 */
	private List<Map<String, Object>> historyOf(String fileNumber) {
		List<Map<String, Object>> processes = new ArrayList<>();
		for (HistoricProcessInstance instance : this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(fileNumber)
			.orderByProcessInstanceStartTime()
			.asc()
			.list()) {
			String id = instance.getId();
			Map<String, Object> process = new LinkedHashMap<>();
			process.put("processInstanceId", id);
			process.put("process", instance.getProcessDefinitionKey());
			process.put("version", instance.getProcessDefinitionVersion());
			process.put("startedAt", instance.getStartTime());
			process.put("endedAt", instance.getEndTime());
			process.put("state", instance.getState());
			process.put("steps",
					this.history.createHistoricActivityInstanceQuery()
						.processInstanceId(id)
						.orderByHistoricActivityInstanceStartTime()
						.asc()
						.orderPartiallyByOccurrence()
						.asc()
						.list()
						.stream()
						.map((step) -> values("activityId", step.getActivityId(), "name", step.getActivityName(),
								"type", step.getActivityType(), "startedAt", step.getStartTime(), "endedAt",
								step.getEndTime(), "assignee", step.getAssignee(), "canceled", step.isCanceled()))
						.toList());
			process.put("tasks",
					this.history.createHistoricTaskInstanceQuery()
						.processInstanceId(id)
						.orderByHistoricActivityInstanceStartTime()
						.asc()
						.list()
						.stream()
						.map((task) -> values("taskKey", task.getTaskDefinitionKey(), "name", task.getName(),
								"assignee", task.getAssignee(), "createdAt", task.getStartTime(), "due",
								task.getDueDate(), "endedAt", task.getEndTime(), "endReason", task.getDeleteReason()))
						.toList());
			process.put("userOperations",
					this.history.createUserOperationLogQuery()
						.processInstanceId(id)
						.orderByTimestamp()
						.asc()
						.list()
						.stream()
						.map((entry) -> values("at", entry.getTimestamp(), "user", entry.getUserId(), "operation",
								entry.getOperationType(), "entity", entry.getEntityType(), "property",
								entry.getProperty(), "from", entry.getOrgValue(), "to", entry.getNewValue()))
						.toList());
			process.put("incidents", this.history.createHistoricIncidentQuery()
				.processInstanceId(id)
				.list()
				.stream()
				.map((incident) -> values("type", incident.getIncidentType(), "activityId", incident.getActivityId(),
						"message", incident.getIncidentMessage(), "createdAt", incident.getCreateTime(), "endedAt",
						incident.getEndTime(), "resolved", incident.isResolved()))
				.toList());
			processes.add(process);
		}
		return processes;
	}

	private static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1] instanceof Date date ? date.toInstant() : pairs[i + 1]);
		}
		return values;
	}

	private static Map<String, Object> plain(Map<String, Object> row) {
		Map<String, Object> plain = new LinkedHashMap<>();
		row.forEach((column, value) -> plain.put(column.toLowerCase(Locale.ROOT), plainValue(value)));
		return plain;
	}

	private static Object plainValue(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof byte[]) {
			return null;
		}
		return value;
	}

}
