package org.pnpflow.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.AggregateWith;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.aggregator.ArgumentsAggregator;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The points grid as deployed (processes/points-grid.dmn in the engine) with the pass
 * marks set here: the cases in points-grid-cases.csv, each with the points every factor
 * must get, so a changed value in the grid fails here until the cases are changed with
 * it.
 */
@SpringBootTest(properties = { "pnp.points.pass-marks.SKILLED_WORKER=60",
		"pnp.points.pass-marks.INTERNATIONAL_GRADUATE=55", "pnp.points.pass-marks.EXPRESS_ENTRY_SKILLED_WORKER=67" })
@ActiveProfiles("test")
class PointsGridTest {

	static final List<String> FACTORS = List.of("age", "educationLevel", "languageBenchmark", "experienceYears",
			"jobOffer", "provincialConnection");

	@Autowired
	PointsGrid grid;

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = "/points-grid-cases.csv", numLinesToSkip = 1, nullValues = "-")
	void scoresEachFactorAsTheGridSays(@AggregateWith(CaseAggregator.class) Case scored) {
		PointsResult result = this.grid.score(scored.stream(), scored.facts()).orElseThrow();
		assertThat(result.factors()).extracting(PointsResult.Factor::key).containsExactlyElementsOf(FACTORS);
		assertThat(result.factors()).extracting(PointsResult.Factor::points).containsExactlyElementsOf(scored.points());
		assertThat(result.total()).isEqualTo(scored.total());
		assertThat(result.passes()).isEqualTo(scored.passes());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ENTREPRENEUR", "FAMILY_CONNECTIONS", "NO_SUCH_STREAM" })
	void streamWithoutPassMarkIsNotScored(String stream) {
		assertThat(this.grid.isScored(stream)).isFalse();
		assertThat(this.grid.score(stream, new PointsFacts(30, "MASTER", 9, 5, true, "WORKED"))).isEmpty();
	}

	@Test
	void passesAtExactlyThePassMarkAndFailsOnePointBelow() {
		PointsResult atMark = this.grid.score("SKILLED_WORKER", new PointsFacts(30, "BACHELOR", 7, 3, false, "NONE"))
			.orElseThrow();
		PointsResult oneBelow = this.grid
			.score("SKILLED_WORKER", new PointsFacts(34, "BACHELOR", 5, 4, false, "RELATIVE"))
			.orElseThrow();
		assertThat(atMark.passMark()).isEqualTo(60);
		assertThat(atMark.total()).isEqualTo(60);
		assertThat(atMark.passes()).isTrue();
		assertThat(oneBelow.total()).isEqualTo(59);
		assertThat(oneBelow.passes()).isFalse();
	}

	@Test
	void markdownShowsEachFactorThenTotalAndPassMark() {
		PointsResult result = this.grid
			.score("INTERNATIONAL_GRADUATE", new PointsFacts(24, "BACHELOR", 7, 1, false, null))
			.orElseThrow();
		assertThat(result.markdown()).isEqualTo("""
				- Age: 24 years — **12**
				- Education: Bachelor's degree — **20**
				- First official language: CLB 7 — **18**
				- Skilled work experience: 1 year — **5**
				- Job offer in the province: No — **0**
				- Connection to the province: Not stated — **0**

				**Total: 55** (pass mark 55)
				""");
	}

	@Test
	void codeTheGridDoesNotKnowIsAnError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.grid.score("SKILLED_WORKER", new PointsFacts(30, "PHD", 9, 5, true, "WORKED")))
			.withMessageContaining("PointsEducation")
			.withMessageContaining("PHD");
	}

	/**
	 * One row of points-grid-cases.csv.
	 */
	record Case(String name, String stream, PointsFacts facts, List<Integer> points, int total, boolean passes) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static class CaseAggregator implements ArgumentsAggregator {

		@Override
		public Case aggregateArguments(ArgumentsAccessor row, ParameterContext context) {
			PointsFacts facts = new PointsFacts(row.getInteger(2), row.getString(3), row.getInteger(4),
					row.getInteger(5), row.getBoolean(6), row.getString(7));
			List<Integer> points = List.of(row.getInteger(8), row.getInteger(9), row.getInteger(10), row.getInteger(11),
					row.getInteger(12), row.getInteger(13));
			return new Case(row.getString(0), row.getString(1), facts, points, row.getInteger(14), row.getBoolean(15));
		}

	}

}
