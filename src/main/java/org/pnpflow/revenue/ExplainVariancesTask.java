package org.pnpflow.revenue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.Streams;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.UnitTaskDetailsProvider;
import org.springframework.stereotype.Component;

/**
 * Intake explains the variances of a reconciliation that the system could not: the form
 * shows the figures per stream and every unexplained variance; the one explanation given
 * is recorded on each of them, with who gave it and when.
 */
@Component
class ExplainVariancesTask implements TaskCompletionHandler, UnitTaskDetailsProvider {

	static final String TASK = "UserTask_ExplainVariances";

	static final int MAX_EXPLANATION = 4000;

	private final Reconciliations reconciliations;

	private final Streams streams;

	ExplainVariancesTask(Reconciliations reconciliations, Streams streams) {
		this.reconciliations = reconciliations;
		this.streams = streams;
	}

	@Override
	public Set<String> completes() {
		return Set.of(TASK);
	}

	@Override
	public Set<String> describes() {
		return completes();
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of(ReconciliationVariables.EXPLANATION);
	}

	@Override
	public void complete(TaskCompletion completion) {
		String explanation = completion.requiredText(ReconciliationVariables.EXPLANATION, "Explanation",
				MAX_EXPLANATION);
		this.reconciliations.explain(idsOf(completion.task()), explanation, completion.userId());
	}

	@Override
	public String details(DelegateTask task) {
		StringBuilder md = new StringBuilder();
		for (Long id : idsOf(task)) {
			Reconciliation reconciliation = this.reconciliations.get(id);
			Period period = reconciliation.period();
			Reconciliations.Statement statement = this.reconciliations.statement(period);
			md.append("#### ")
				.append(period.kind() == PeriodKind.MONTH ? "Month " : "Day ")
				.append(period.label())
				.append("\n\n| Stream | Expected | Received | Deposited | Refunded |\n|---|---:|---:|---:|---:|\n");
			statement.streams().forEach((code, figures) -> row(md, this.streams.nameOf(code), figures));
			row(md, "**Total**", statement.total());
			List<ReconciliationVariance> unexplained = new ArrayList<>();
			for (ReconciliationVariance variance : this.reconciliations.variancesOf(id)) {
				if (!variance.isExplained()) {
					unexplained.add(variance);
				}
			}
			md.append("\n")
				.append(reconciliation.getVarianceCount())
				.append(" variance(s), ")
				.append(unexplained.size())
				.append(" to explain:\n\n");
			Map<Long, String> numbers = this.reconciliations
				.fileNumbers(unexplained.stream().map(ReconciliationVariance::getApplicationId).toList());
			for (ReconciliationVariance variance : unexplained) {
				md.append("- **")
					.append(Markdown.text(numbers.get(variance.getApplicationId())))
					.append("** · ")
					.append(Markdown.text(this.streams.nameOf(variance.getStream())))
					.append(" · ")
					.append(variance.getKind())
					.append(" · CAD ")
					.append(variance.getAmount())
					.append(": ")
					.append(Markdown.text(variance.getCause()))
					.append("\n");
			}
			md.append("\n");
		}
		return md.toString();
	}

	private static void row(StringBuilder md, String stream, Figures figures) {
		md.append("| ")
			.append(stream)
			.append(" | ")
			.append(figures.expected())
			.append(" | ")
			.append(figures.received())
			.append(" | ")
			.append(figures.deposited())
			.append(" | ")
			.append(figures.refunded())
			.append(" |\n");
	}

	private static List<Long> idsOf(DelegateTask task) {
		return ReconciliationVariables.ids(task.getVariable(ReconciliationVariables.RECONCILIATION_IDS));
	}

}
