package org.pnpflow.reports;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the reports count and compare against: the milestones of the service times, the
 * age buckets of the queues and the federal allocation of nominations per year and
 * stream.
 */
@ConfigurationProperties("pnp.reports")
public class ReportProperties {

	/**
	 * Milestones of the service times reached when a user task is completed (its last
	 * completion counts), by name. The decision is always a milestone, reached when the
	 * file is nominated or refused.
	 */
	private Map<String, String> milestones = new LinkedHashMap<>();

	public ReportProperties() {
		this.milestones.put("COMPLETENESS", "UserTask_ConfirmCompleteness");
		this.milestones.put("ASSESSMENT", "UserTask_AssessEligibility");
	}

	/** Upper bounds of the age buckets of open tasks; the last bucket is open-ended. */
	private List<Duration> ageBuckets = List.of(Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14),
			Duration.ofDays(30));

	/** Nominations the federal department allocated, per year and then per stream. */
	private Map<Integer, Map<String, Integer>> allocations = new LinkedHashMap<>();

	public Map<String, String> getMilestones() {
		return this.milestones;
	}

	public void setMilestones(Map<String, String> milestones) {
		this.milestones = milestones;
	}

	public List<Duration> getAgeBuckets() {
		return this.ageBuckets;
	}

	public void setAgeBuckets(List<Duration> ageBuckets) {
		this.ageBuckets = ageBuckets;
	}

	public Map<Integer, Map<String, Integer>> getAllocations() {
		return this.allocations;
	}

	public void setAllocations(Map<Integer, Map<String, Integer>> allocations) {
		this.allocations = allocations;
	}

}
