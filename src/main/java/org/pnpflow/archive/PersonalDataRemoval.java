package org.pnpflow.archive;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties an archived file down to what the retention schedule keeps: the file number,
 * stream, channel, dates, status and outcome on the file, and the certificate's number,
 * dates and status. Payments and refunds stay for the revenue records, without the
 * payer's name. A misrepresentation ban stays until it ends: it is what bars the person
 * from applying again. Everything else about the person goes: the applicant,
 * representative and employer, documents and their content, letters and their PDFs,
 * notes, checks, interviews, site visits, recommendations and sign-offs.
 */
@Component
class PersonalDataRemoval {

	/** Removed with the file, children before the rows they point to. */
	private static final List<String> REMOVED = List.of("checklist_item", "document", "case_note", "verification_check",
			"interview", "site_visit", "sign_off", "recommendation", "letter");

	/** Every column that points at stored content; content still pointed at stays. */
	private static final Map<String, String> CONTENT_REFERENCES = Map.of("document", "sha256", "letter", "pdf_sha256",
			"certificate", "pdf_sha256", "deposit_batch", "slip_sha256", "federal_report", "sha256");

	private final JdbcTemplate jdbc;

	PersonalDataRemoval(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs in the caller's transaction: all of it happens, or none. */
	void remove(long applicationId) {
		Map<String, Object> file = this.jdbc.queryForMap(
				"select applicant_id, representative_id, employer_id from application_file where id = ?",
				applicationId);
		List<String> contents = this.jdbc.queryForList("""
				select sha256 from document where application_id = ? and sha256 is not null
				union select pdf_sha256 from letter where application_id = ? and pdf_sha256 is not null
				union select pdf_sha256 from certificate where application_id = ? and pdf_sha256 is not null
				""", String.class, applicationId, applicationId, applicationId);
		this.jdbc.update("delete from letter_delivery where idempotency_key in"
				+ " (select idempotency_key from letter where application_id = ?)", applicationId);
		this.jdbc.update("delete from certificate_extension where certificate_id in"
				+ " (select id from certificate where application_id = ?)", applicationId);
		for (String table : REMOVED) {
			this.jdbc.update("delete from " + table + " where application_id = ?", applicationId);
		}
		this.jdbc.update("update certificate set pdf_sha256 = null where application_id = ?", applicationId);
		this.jdbc.update("update payment set payer = null where application_id = ?", applicationId);
		this.jdbc.update("update refund set decision_note = null where application_id = ?", applicationId);
		this.jdbc.update("""
				update application_file set applicant_id = null, representative_id = null, employer_id = null,
				  work_permit_expires_on = null, occupation_code = null, education_level = null,
				  education_credential_reference = null, language_benchmark = null, experience_years = null,
				  job_offer = false, provincial_connection = null, information_deadline = null,
				  fee_balance_due_by = null, on_hold = null, status = 'ARCHIVED'
				where id = ?
				""", applicationId);
		deleteById("applicant", file.get("applicant_id"));
		deleteById("representative", file.get("representative_id"));
		deleteById("employer", file.get("employer_id"));
		for (String sha256 : contents) {
			if (!stillReferenced(sha256)) {
				this.jdbc.update("delete from document_content where sha256 = ?", sha256);
			}
		}
	}

	private void deleteById(String table, Object id) {
		if (id != null) {
			this.jdbc.update("delete from " + table + " where id = ?", id);
		}
	}

	private boolean stillReferenced(String sha256) {
		return CONTENT_REFERENCES.entrySet()
			.stream()
			.anyMatch((reference) -> this.jdbc.queryForObject(
					"select count(*) from " + reference.getKey() + " where " + reference.getValue() + " = ?",
					Long.class, sha256) > 0);
	}

}
