package org.pnpflow.audit;

/**
 * What was done with a file, as the audit trail names it.
 */
public enum AuditAction {

	LEGAL_HOLD_PLACED, LEGAL_HOLD_LIFTED, FILE_ARCHIVED, PERSONAL_DATA_REMOVED, ACCESS_EXPORT

}
