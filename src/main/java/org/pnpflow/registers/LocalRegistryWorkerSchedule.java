package org.pnpflow.registers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls for registry checks every {@code pnp.registries.poll-interval}, while the local
 * worker is enabled and scheduled ({@code pnp.registries.local-worker.enabled} and
 * {@code .schedule}, both true unless set). A full poll is followed at once by another,
 * so that a backlog clears without waiting.
 */
@Component
@ConditionalOnProperty(prefix = "pnp.registries.local-worker", name = { "enabled", "schedule" }, havingValue = "true",
		matchIfMissing = true)
class LocalRegistryWorkerSchedule {

	private static final Logger log = LoggerFactory.getLogger(LocalRegistryWorkerSchedule.class);

	private static final int MAX_POLLS_IN_A_ROW = 50;

	private final LocalRegistryWorker worker;

	private final RegistryProperties properties;

	LocalRegistryWorkerSchedule(LocalRegistryWorker worker, RegistryProperties properties) {
		this.worker = worker;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${pnp.registries.poll-interval:PT0.5S}",
			initialDelayString = "${pnp.registries.poll-interval:PT0.5S}")
	void poll() {
		try {
			for (int poll = 0; poll < MAX_POLLS_IN_A_ROW; poll++) {
				if (this.worker.pollOnce() < this.properties.getMaxTasks()) {
					return;
				}
			}
		}
		catch (RuntimeException failure) {
			// the engine's database is unreachable: the next poll tries again
			log.warn("Polling for registry checks failed: {}", failure.toString());
		}
	}

}
