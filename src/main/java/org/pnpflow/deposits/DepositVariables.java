package org.pnpflow.deposits;

/**
 * The variables of the deposit process ({@code processes/deposit.bpmn}) and the fields of
 * its form ({@code forms/confirm-deposit.form}).
 */
final class DepositVariables {

	static final String PROCESS = "DepositProcess";

	static final String CONFIRM_TASK = "UserTask_ConfirmDeposit";

	/** The batch prepared, or null when there was nothing to deposit. */
	static final String BATCH_NUMBER = "depositBatchNumber";

	/** How many payments of the batch were left out, reversed before the deposit. */
	static final String LEFT_OUT_COUNT = "depositLeftOutCount";

	/** Form field: the bank's reference of the deposit. */
	static final String FIELD_BANK_REFERENCE = "bankReference";

	/** Form field: the date deposited. */
	static final String FIELD_DEPOSITED_ON = "depositedOn";

	/** Form field: the confirmation checkbox. */
	static final String FIELD_CONFIRMED = "depositConfirmed";

	private DepositVariables() {
	}

}
