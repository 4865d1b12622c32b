package org.pnpflow.assessment;

/**
 * What the points grid scores, as the file states it. Any fact but the job offer may be
 * missing ({@code null}); a missing fact earns no points.
 *
 * @param age the applicant's age in whole years on the date the file was received
 * @param educationLevel the highest assessed education: {@code NONE}, {@code SECONDARY},
 * {@code ONE_YEAR_POST_SECONDARY}, {@code TWO_YEAR_POST_SECONDARY}, {@code BACHELOR},
 * {@code TWO_OR_MORE_CREDENTIALS}, {@code MASTER} or {@code DOCTORATE}
 * @param languageBenchmark the Canadian Language Benchmark (0 to 12) in the first
 * official language, the lowest of the four abilities
 * @param experienceYears whole years of skilled work experience
 * @param jobOffer whether an employer in the province offers the applicant a job
 * @param provincialConnection the applicant's tie to the province: {@code NONE},
 * {@code RELATIVE}, {@code STUDIED} or {@code WORKED}
 */
public record PointsFacts(Integer age, String educationLevel, Integer languageBenchmark, Integer experienceYears,
		boolean jobOffer, String provincialConnection) {

}
