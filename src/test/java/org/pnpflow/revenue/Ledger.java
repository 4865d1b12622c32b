package org.pnpflow.revenue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Writes files, payments, refunds, deposit batches and case notes straight into the
 * tables, at noon (Toronto) on given days, so that a period's figures are known in
 * advance; and removes all of it, with the reconciliations of the periods, afterwards.
 */
final class Ledger {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private final JdbcTemplate jdbc;

	private final String prefix;

	private final List<Long> files = new ArrayList<>();

	private final List<Long> batches = new ArrayList<>();

	private final List<Period> periods = new ArrayList<>();

	private Long applicant;

	private int sequence;

	Ledger(JdbcTemplate jdbc, String prefix) {
		this.jdbc = jdbc;
		this.prefix = prefix;
	}

	static OffsetDateTime noon(String day) {
		return at(day, "12:00");
	}

	static OffsetDateTime at(String day, String time) {
		return LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(TORONTO).toOffsetDateTime();
	}

	/** The periods whose reconciliations are removed at the end. */
	Ledger periods(Period... periods) {
		this.periods.addAll(List.of(periods));
		return this;
	}

	/** A file; returns its id. The file number is the prefix and the name. */
	long file(String name, String stream, String receivedOn, String expectedFee) {
		return file(name, stream, receivedOn, expectedFee, "OPEN", null, null);
	}

	long closedFile(String name, String stream, String receivedOn, String expectedFee, String closedOn) {
		return file(name, stream, receivedOn, expectedFee, "CLOSED", "CLOSED_INCOMPLETE", noon(closedOn));
	}

	private long file(String name, String stream, String receivedOn, String expectedFee, String status, String outcome,
			OffsetDateTime closedAt) {
		Map<String, Object> row = new HashMap<>();
		row.put("file_number", fileNumber(name));
		row.put("submission_id", fileNumber(name) + "-submission");
		row.put("stream", stream);
		row.put("channel", "PAPER");
		row.put("received_at", noon(receivedOn));
		row.put("applicant_id", applicant());
		row.put("accompanying_spouse", false);
		row.put("in_canada", false);
		row.put("status", status);
		row.put("stage", "Receipt");
		row.put("priority", "NORMAL");
		row.put("flags", "");
		row.put("expected_fee", expectedFee == null ? null : new BigDecimal(expectedFee));
		row.put("outcome", outcome);
		row.put("closed_at", closedAt);
		row.put("version", 0L);
		long id = insert("application_file", row);
		this.files.add(id);
		return id;
	}

	String fileNumber(String name) {
		return this.prefix + "-" + name;
	}

	/** A payment received at noon on the day; returns its id. */
	long payment(long file, String method, String amount, String receivedOn) {
		return payment(file, "PAYMENT", method, amount, noon(receivedOn));
	}

	long refundPayment(long file, String amount, String issuedOn) {
		return payment(file, "REFUND", "BANK_TRANSFER", amount, noon(issuedOn));
	}

	private long payment(long file, String kind, String method, String amount, OffsetDateTime receivedAt) {
		Map<String, Object> row = new HashMap<>();
		row.put("application_id", file);
		row.put("kind", kind);
		row.put("method", method);
		row.put("amount", new BigDecimal(amount));
		row.put("currency", "CAD");
		row.put("reference", this.prefix + "-REF-" + (++this.sequence));
		row.put("received_at", receivedAt);
		row.put("recorded_by", "intake");
		row.put("status", "RECEIVED");
		return insert("payment", row);
	}

	void reverse(long payment, String reversedOn, String reason) {
		this.jdbc.update("update payment set status = 'REVERSED', reversed_at = ?, reversal_reason = ? where id = ?",
				noon(reversedOn), reason, payment);
	}

	/** A deposit batch of the payments, prepared on a day and confirmed (or not). */
	long batch(String preparedOn, String confirmedOn, long... payments) {
		Map<String, Object> row = new HashMap<>();
		row.put("batch_number", this.prefix + "-BATCH-" + (++this.sequence));
		row.put("prepared_at", noon(preparedOn));
		row.put("payment_count", payments.length);
		row.put("total", BigDecimal.ZERO);
		row.put("status", confirmedOn == null ? "PREPARED" : "CONFIRMED");
		row.put("confirmed_at", confirmedOn == null ? null : noon(confirmedOn));
		row.put("confirmed_by", confirmedOn == null ? null : "intake");
		long id = insert("deposit_batch", row);
		this.batches.add(id);
		for (long payment : payments) {
			this.jdbc.update("update payment set deposit_batch_id = ?, status = ? where id = ?", id,
					confirmedOn == null ? "RECEIVED" : "DEPOSITED", payment);
		}
		return id;
	}

	long refund(long file, String amount, String status, String requestedOn, Long payment) {
		Map<String, Object> row = new HashMap<>();
		row.put("application_id", file);
		row.put("amount", new BigDecimal(amount));
		row.put("reason", "OVERPAYMENT");
		row.put("status", status);
		row.put("requested_at", noon(requestedOn));
		row.put("requested_by", "system");
		row.put("decided_at", "REQUESTED".equals(status) ? null : noon(requestedOn));
		row.put("decided_by", "REQUESTED".equals(status) ? null : "manager");
		row.put("payment_id", payment);
		return insert("refund", row);
	}

	void note(long file, String topic, String day) {
		this.jdbc.update(
				"insert into case_note (application_id, author, written_at, topic, body) values (?, ?, ?, ?, ?)", file,
				"intake", noon(day), topic, "The balance of the fee was asked for.");
	}

	/** Removes everything written, and the reconciliations of the periods. */
	void clear() {
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(this.jdbc);
		for (Period period : this.periods) {
			named.update("""
					delete from reconciliation_variance where reconciliation_id in
					  (select id from reconciliation where period_kind = :kind and period_start = :start)
					""", new MapSqlParameterSource("kind", period.kind().name()).addValue("start", period.start()));
			named.update("delete from reconciliation where period_kind = :kind and period_start = :start",
					new MapSqlParameterSource("kind", period.kind().name()).addValue("start", period.start()));
		}
		if (!this.files.isEmpty()) {
			MapSqlParameterSource ids = new MapSqlParameterSource("ids", this.files);
			named.update("delete from reconciliation_variance where application_id in (:ids)", ids);
			named.update("delete from case_note where application_id in (:ids)", ids);
			named.update("delete from refund where application_id in (:ids)", ids);
			named.update("delete from payment where application_id in (:ids)", ids);
			named.update("delete from application_file where id in (:ids)", ids);
		}
		if (!this.batches.isEmpty()) {
			named.update("delete from deposit_batch where id in (:ids)",
					new MapSqlParameterSource("ids", this.batches));
		}
		if (this.applicant != null) {
			this.jdbc.update("delete from applicant where id = ?", this.applicant);
		}
		this.files.clear();
		this.batches.clear();
		this.applicant = null;
	}

	private long applicant() {
		if (this.applicant == null) {
			Map<String, Object> row = new HashMap<>();
			row.put("family_name", "Ledger");
			row.put("given_names", "Test");
			row.put("date_of_birth", LocalDate.of(1990, 1, 1));
			row.put("country_of_citizenship", "FR");
			row.put("passport_number", this.prefix.replaceAll("[^A-Z0-9]", "").substring(0, 8));
			row.put("email", "ledger@mail.example");
			row.put("preferred_language", "EN");
			this.applicant = insert("applicant", row);
		}
		return this.applicant;
	}

	private long insert(String table, Map<String, Object> row) {
		// SimpleJdbcInsert passes the column's SQL type, with which PostgreSQL's driver
		// does
		// not take an OffsetDateTime; a Timestamp is the same instant for both databases
		row.replaceAll(
				(column, value) -> value instanceof OffsetDateTime time ? Timestamp.from(time.toInstant()) : value);
		return new SimpleJdbcInsert(this.jdbc).withTableName(table)
			.usingColumns(row.keySet().toArray(String[]::new))
			.usingGeneratedKeyColumns("id")
			.executeAndReturnKey(row)
			.longValue();
	}

}
