package org.pnpflow.assessment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Scores a file of a scored stream on the points grid: one decision table per factor in
 * processes/points-grid.dmn (the latest deployed version), the pass mark from
 * {@code pnp.points.pass-marks}.
 */
@Service
public class PointsGrid {

	static final String AGE = "PointsAge";

	static final String EDUCATION = "PointsEducation";

	static final String LANGUAGE = "PointsLanguage";

	static final String EXPERIENCE = "PointsExperience";

	static final String JOB_OFFER = "PointsJobOffer";

	static final String CONNECTION = "PointsConnection";

	/** Shown for a fact the file does not state. */
	static final String NOT_STATED = "Not stated";

	static final Map<String, String> EDUCATION_LEVELS = Map.of("NONE", "No secondary school diploma", "SECONDARY",
			"Secondary school diploma", "ONE_YEAR_POST_SECONDARY", "One-year post-secondary credential",
			"TWO_YEAR_POST_SECONDARY", "Two-year post-secondary credential", "BACHELOR", "Bachelor's degree",
			"TWO_OR_MORE_CREDENTIALS", "Two or more post-secondary credentials", "MASTER", "Master's degree",
			"DOCTORATE", "Doctorate (PhD)");

	static final Map<String, String> CONNECTIONS = Map.of("NONE", "None", "RELATIVE", "Close relative in the province",
			"STUDIED", "Studied in the province", "WORKED", "Worked in the province");

	private final DecisionService decisions;

	private final PointsProperties properties;

	PointsGrid(DecisionService decisions, PointsProperties properties) {
		this.decisions = decisions;
		this.properties = properties;
	}

	/** Whether the stream is scored, that is whether it has a pass mark. */
	public boolean isScored(String stream) {
		return stream != null && this.properties.getPassMarks().get(stream) != null;
	}

	/**
	 * The file's points, or empty when its stream is not scored.
	 * @param stream the file's stream code
	 * @param facts what the file states
	 * @return the points of each factor, their total and the stream's pass mark
	 * @throws IllegalStateException when a decision table has no row for a fact (a code
	 * the grid does not know)
	 */
	public Optional<PointsResult> score(String stream, PointsFacts facts) {
		Objects.requireNonNull(facts, "facts");
		if (!isScored(stream)) {
			return Optional.empty();
		}
		List<PointsResult.Factor> factors = List.of(
				factor(AGE, "age", facts.age(), "Age", shown(facts.age(), (age) -> age + " years")),
				factor(EDUCATION, "educationLevel", facts.educationLevel(), "Education",
						shown(facts.educationLevel(), (level) -> EDUCATION_LEVELS.getOrDefault(level, level))),
				factor(LANGUAGE, "languageBenchmark", facts.languageBenchmark(), "First official language",
						shown(facts.languageBenchmark(), (clb) -> "CLB " + clb)),
				factor(EXPERIENCE, "experienceYears", facts.experienceYears(), "Skilled work experience",
						shown(facts.experienceYears(), (years) -> years + (years == 1 ? " year" : " years"))),
				factor(JOB_OFFER, "jobOffer", facts.jobOffer(), "Job offer in the province",
						facts.jobOffer() ? "Yes" : "No"),
				factor(CONNECTION, "provincialConnection", facts.provincialConnection(), "Connection to the province",
						shown(facts.provincialConnection(), (tie) -> CONNECTIONS.getOrDefault(tie, tie))));
		return Optional.of(PointsResult.of(factors, this.properties.getPassMarks().get(stream)));
	}

	private PointsResult.Factor factor(String decision, String input, Object value, String label, String shown) {
		DmnDecisionResult result = this.decisions.evaluateDecisionByKey(decision)
			.variables(Variables.createVariables().putValue(input, value))
			.evaluate();
		if (result.isEmpty() || result.getSingleResult().getEntry("points") == null) {
			throw new IllegalStateException("The decision " + decision + " has no row for " + input + " = " + value
					+ ": add one to processes/points-grid.dmn");
		}
		Number points = result.getSingleResult().getEntry("points");
		return new PointsResult.Factor(input, label, shown, points.intValue());
	}

	private static <T> String shown(T value, Function<T, String> format) {
		return value == null ? NOT_STATED : format.apply(value);
	}

}
