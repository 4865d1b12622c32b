package org.pnpflow.assessment;

import java.util.List;

import org.pnpflow.process.Markdown;

/**
 * A file's score on the points grid: the points of each factor, their total and the pass
 * mark of the file's stream.
 *
 * @param factors the factors in the order the grid shows them
 * @param total the sum of the factors' points
 * @param passMark the points the stream requires
 */
public record PointsResult(List<Factor> factors, int total, int passMark) {

	public PointsResult {
		factors = List.copyOf(factors);
		int sum = factors.stream().mapToInt(Factor::points).sum();
		if (total != sum) {
			throw new IllegalArgumentException("The total " + total + " is not the sum of the factors' points " + sum);
		}
	}

	/** The result of these factors, totalled, against the stream's pass mark. */
	public static PointsResult of(List<Factor> factors, int passMark) {
		return new PointsResult(factors, factors.stream().mapToInt(Factor::points).sum(), passMark);
	}

	/** Whether the total reaches the pass mark. */
	public boolean passes() {
		return this.total >= this.passMark;
	}

	/**
	 * The grid as a Markdown table for task forms, one row per factor, then the total and
	 * the pass mark.
	 */
	public String markdown() {
		// a list, not a table: Tasklist's form text renders lists on every screen width
		StringBuilder md = new StringBuilder();
		for (Factor factor : this.factors) {
			md.append("- ")
				.append(Markdown.text(factor.label()))
				.append(": ")
				.append(Markdown.text(factor.value()))
				.append(" — **")
				.append(factor.points())
				.append("**\n");
		}
		md.append("\n**Total: ").append(this.total).append("** (pass mark ").append(this.passMark).append(")\n");
		return md.toString();
	}

	/**
	 * One row of the grid.
	 *
	 * @param key the fact scored, as named in {@link PointsFacts} and the decision's
	 * input
	 * @param label what the officer reads
	 * @param value the applicant's fact as shown to the officer
	 * @param points the points the decision table gives it
	 */
	public record Factor(String key, String label, String value, int points) {

	}

}
