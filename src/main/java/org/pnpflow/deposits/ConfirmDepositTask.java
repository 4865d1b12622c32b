package org.pnpflow.deposits;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskInputException;
import org.pnpflow.process.UnitTaskDetailsProvider;
import org.springframework.stereotype.Component;

/**
 * Intake confirms a deposit batch is at the bank: the form shows the batch and where its
 * slip is; completing it records the bank's reference and marks the payments deposited,
 * in the same transaction as the task (so a refusal is shown on the form, not left as an
 * incident).
 */
@Component
class ConfirmDepositTask implements TaskCompletionHandler, UnitTaskDetailsProvider {

	static final int BANK_REFERENCE_MAX = 100;

	private final Deposits deposits;

	ConfirmDepositTask(Deposits deposits) {
		this.deposits = deposits;
	}

	@Override
	public Set<String> completes() {
		return Set.of(DepositVariables.CONFIRM_TASK);
	}

	@Override
	public Set<String> describes() {
		return completes();
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of(DepositVariables.FIELD_BANK_REFERENCE, DepositVariables.FIELD_DEPOSITED_ON,
				DepositVariables.FIELD_CONFIRMED);
	}

	@Override
	public String details(DelegateTask task) {
		DepositBatch batch = batchOf(task.getVariable(DepositVariables.BATCH_NUMBER));
		DepositSlip slip = this.deposits.slip(batch);
		String slipPath = "/api/deposits/" + batch.getBatchNumber() + "/slip";
		StringBuilder md = new StringBuilder("#### Deposit batch ").append(Markdown.text(batch.getBatchNumber()))
			.append("\n\nPrepared ")
			.append(Markdown.text(this.deposits.local(batch.getPreparedAt())))
			.append(": ")
			.append(slip.count())
			.append(" payment(s), **")
			.append(Markdown.text(Deposits.money(slip.total())))
			.append(" CAD**.\n\n| Method | Payments | Total (CAD) |\n|---|---:|---:|\n");
		for (DepositSlip.MethodTotal method : slip.methods()) {
			md.append("| ")
				.append(Deposits.methodName(method.method()))
				.append(" | ")
				.append(method.count())
				.append(" | ")
				.append(Markdown.text(Deposits.money(method.total())))
				.append(" |\n");
		}
		md.append("| **Total** | **")
			.append(slip.count())
			.append("** | **")
			.append(Markdown.text(Deposits.money(slip.total())))
			.append("** |\n\n");
		if (!slip.leftOut().isEmpty()) {
			md.append("**")
				.append(slip.leftOut().size())
				.append(" payment(s) reversed since the batch was prepared are left out** of the deposit.\n\n");
		}
		md.append("Deposit slip: [PDF](")
			.append(slipPath)
			.append(".pdf) · [CSV](")
			.append(slipPath)
			.append(".csv) (sign in with your PNP Flow user name and password). Download it when you take the")
			.append(" deposit to the bank: a payment reversed in the meantime is listed there as left out.\n\n")
			.append("Once the bank has the deposit, give its reference and the date, and confirm.\n");
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		DepositBatch batch = batchOf(completion.task().getVariable(DepositVariables.BATCH_NUMBER));
		String bankReference = completion.requiredText(DepositVariables.FIELD_BANK_REFERENCE,
				"The bank reference of the deposit", BANK_REFERENCE_MAX);
		LocalDate depositedOn = completion.requiredDate(DepositVariables.FIELD_DEPOSITED_ON, "The date deposited");
		if (!completion.flag(DepositVariables.FIELD_CONFIRMED)) {
			throw new TaskInputException(
					"Tick the box to confirm that batch " + batch.getBatchNumber() + " was deposited at the bank.");
		}
		DepositSlip deposited;
		try {
			deposited = this.deposits.confirm(batch, bankReference, depositedOn, completion.userId());
		}
		catch (IllegalArgumentException refused) {
			throw new TaskInputException(refused.getMessage());
		}
		completion.route(DepositVariables.LEFT_OUT_COUNT, deposited.leftOut().size());
	}

	private DepositBatch batchOf(Object batchNumber) {
		if (batchNumber == null) {
			throw new IllegalStateException("The deposit task has no " + DepositVariables.BATCH_NUMBER);
		}
		return this.deposits.find(batchNumber.toString())
			.orElseThrow(() -> new IllegalStateException("There is no deposit batch " + batchNumber));
	}

}
