package org.pnpflow.fees;

/**
 * How what was paid compares with the fee in force on the date of receipt.
 */
public enum FeeStatus {

	PAID_IN_FULL, UNDERPAID, OVERPAID

}
