package org.pnpflow.fees;

/**
 * How a fee was paid.
 */
public enum PaymentMethod {

	CARD, CERTIFIED_CHEQUE, MONEY_ORDER, BANK_TRANSFER

}
