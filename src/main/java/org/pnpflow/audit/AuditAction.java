package org.pnpflow.audit;

/**
 * What was done with a file, as the audit trail names it.
 */
public enum AuditAction {

	/** A file's data read through our API. */
	READ,
	/** A change made through our API. */
	CHANGE,
	/** A letter, document or certificate downloaded. */
	DOWNLOAD,
	/** A report or export made. */
	EXPORT,
	/** A request refused for the caller's role. */
	DENIED,
	/** A task's personal data shown to staff in Tasklist. */
	DISPLAY,
	/**
	 * A file's case view opened by a member of staff (the page, Tasklist's tab, the API).
	 */
	CASE_FILE_OPENED,
	/**
	 * A file shown in the results of a search for case files (the query is in the
	 * detail).
	 */
	CASE_FILE_SEARCH,
	/** The applicant-facing status check answered. */
	PUBLIC_STATUS_CHECK, LEGAL_HOLD_PLACED, LEGAL_HOLD_LIFTED, FILE_ARCHIVED, PERSONAL_DATA_REMOVED, ACCESS_EXPORT

}
