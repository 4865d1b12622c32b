package org.pnpflow.registers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.pnpflow.verification.RegistryTopics;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the program's own registry worker runs, bound from {@code pnp.registries.*}. A
 * province that checks a registry with its own worker removes that registry's topic from
 * {@link #getTopics() topics}; one that checks them all turns the local worker off.
 */
@ConfigurationProperties("pnp.registries")
public class RegistryProperties {

	private LocalWorker localWorker = new LocalWorker();

	/** The topics the local worker serves: by default every topic of the contract. */
	private List<String> topics = new ArrayList<>(RegistryTopics.ALL);

	/** How long a fetched task is the worker's alone before another may fetch it. */
	private Duration lockDuration = Duration.ofMinutes(5);

	/** How many times a check is tried before it becomes an incident. */
	private int retries = 3;

	/** How long after a failure a check is tried again. */
	private Duration retryTimeout = Duration.ofMinutes(5);

	/**
	 * How long the worker waits between two polls ({@code pnp.registries.poll-interval},
	 * read by the schedule).
	 */
	private Duration pollInterval = Duration.ofMillis(500);

	/** How many tasks one poll fetches at most. */
	private int maxTasks = 20;

	public LocalWorker getLocalWorker() {
		return this.localWorker;
	}

	public void setLocalWorker(LocalWorker localWorker) {
		this.localWorker = localWorker;
	}

	public List<String> getTopics() {
		return this.topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = (topics != null) ? topics : List.of();
	}

	public Duration getLockDuration() {
		return this.lockDuration;
	}

	public void setLockDuration(Duration lockDuration) {
		this.lockDuration = lockDuration;
	}

	public int getRetries() {
		return this.retries;
	}

	public void setRetries(int retries) {
		this.retries = retries;
	}

	public Duration getRetryTimeout() {
		return this.retryTimeout;
	}

	public void setRetryTimeout(Duration retryTimeout) {
		this.retryTimeout = retryTimeout;
	}

	public Duration getPollInterval() {
		return this.pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public int getMaxTasks() {
		return this.maxTasks;
	}

	public void setMaxTasks(int maxTasks) {
		this.maxTasks = maxTasks;
	}

	/**
	 * Whether the program's own worker serves the registry topics, and whether it polls
	 * by itself (tests call {@link LocalRegistryWorker#pollOnce()} instead).
	 */
	public static class LocalWorker {

		private boolean enabled = true;

		private boolean schedule = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isSchedule() {
			return this.schedule;
		}

		public void setSchedule(boolean schedule) {
			this.schedule = schedule;
		}

	}

}
