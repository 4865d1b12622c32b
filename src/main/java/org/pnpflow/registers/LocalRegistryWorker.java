package org.pnpflow.registers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.verification.RegistryTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The worker that serves the registry topics of {@link RegistryTopics} from the program's
 * own registers, so that PNP Flow checks files on its own. It fetches and locks the
 * external tasks of its configured topics through the engine's Java API, looks each up
 * with {@link RegisterLookups}, and completes the task with the finding as local
 * variables. When a register cannot be read, or the process cannot take the finding, it
 * reports a failure: the task is tried again after the retry timeout, and becomes an
 * incident in Cockpit when no retries are left.
 * <p>
 * Lookups only read, so a task fetched again after a lost lock (a crash, another node) is
 * checked again with the same result.
 */
@Component
public class LocalRegistryWorker {

	/** The worker id the tasks are locked with. */
	public static final String WORKER_ID = "pnp-flow-local-registers";

	private static final Logger log = LoggerFactory.getLogger(LocalRegistryWorker.class);

	private static final int MAX_ERROR_MESSAGE = 500;

	private final ExternalTaskService externalTasks;

	private final RegisterLookups lookups;

	private final RegistryProperties properties;

	LocalRegistryWorker(ExternalTaskService externalTasks, RegisterLookups lookups, RegistryProperties properties) {
		this.externalTasks = externalTasks;
		this.lookups = lookups;
		this.properties = properties;
		List<String> unknown = properties.getTopics().stream().filter((t) -> !RegistryTopics.ALL.contains(t)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("pnp.registries.topics names " + unknown
					+ ", which the local registry worker does not serve; it serves " + RegistryTopics.ALL);
		}
	}

	/**
	 * Fetches the tasks of the configured topics that are due (at most
	 * {@code pnp.registries.max-tasks}) and handles each: completed with the finding, or
	 * failed to be retried.
	 * @return how many tasks were handled; 0 when the local worker is off
	 */
	public int pollOnce() {
		if (!this.properties.getLocalWorker().isEnabled() || this.properties.getTopics().isEmpty()) {
			return 0;
		}
		ExternalTaskQueryBuilder fetch = this.externalTasks.fetchAndLock(this.properties.getMaxTasks(), WORKER_ID);
		long lock = this.properties.getLockDuration().toMillis();
		for (String topic : this.properties.getTopics()) {
			fetch = fetch.topic(topic, lock)
				.variables(ProcessVariables.REGISTRY_REFERENCE, ProcessVariables.REGISTRY_SUBJECT,
						ProcessVariables.REGISTRY_SUBJECT_BORN, ProcessVariables.FILE_NUMBER);
		}
		List<LockedExternalTask> tasks = fetch.execute();
		tasks.forEach(this::handle);
		return tasks.size();
	}

	private void handle(LockedExternalTask task) {
		Map<String, Object> variables = task.getVariables();
		RegistryFinding finding;
		try {
			finding = this.lookups.check(task.getTopicName(), text(variables.get(ProcessVariables.REGISTRY_REFERENCE)),
					text(variables.get(ProcessVariables.REGISTRY_SUBJECT)),
					text(variables.get(ProcessVariables.REGISTRY_SUBJECT_BORN)));
		}
		catch (RuntimeException failure) {
			fail(task, failure);
			return;
		}
		try {
			this.externalTasks.complete(task.getId(), WORKER_ID, null, finding.asVariables());
			log.debug("{} of file {}: {}", task.getTopicName(), variables.get(ProcessVariables.FILE_NUMBER),
					finding.result());
		}
		catch (OptimisticLockingException concurrent) {
			// the case moved on at the same moment (another branch of the verification):
			// the answer was rolled back; give the task back so that the next poll
			// answers
			// it again, rather than leaving it locked until its lock runs out
			log.info("{} of file {} met a concurrent change; it is answered again at the next poll",
					task.getTopicName(), variables.get(ProcessVariables.FILE_NUMBER));
			unlock(task);
		}
		catch (BadUserRequestException lost) {
			// cancelled, or its lock lost meanwhile: whoever holds it now answers
			log.warn("Could not complete {} of file {} (task {}): {}", task.getTopicName(),
					variables.get(ProcessVariables.FILE_NUMBER), task.getId(), lost.getMessage());
		}
		catch (RuntimeException failure) {
			// the process could not take the finding: retried, then an incident
			fail(task, failure);
		}
	}

	private void unlock(LockedExternalTask task) {
		try {
			this.externalTasks.unlock(task.getId());
		}
		catch (RuntimeException gone) {
			log.warn("Could not give back {} (task {}): {}", task.getTopicName(), task.getId(), gone.getMessage());
		}
	}

	private void fail(LockedExternalTask task, RuntimeException failure) {
		int retries = (task.getRetries() != null) ? task.getRetries() : this.properties.getRetries();
		int left = Math.max(retries - 1, 0);
		// with no retry left an incident waits for a person, who retries at once
		long timeout = (left > 0) ? this.properties.getRetryTimeout().toMillis() : 0;
		String message = "The check could not be made: " + failure.getMessage();
		if (message.length() > MAX_ERROR_MESSAGE) {
			message = message.substring(0, MAX_ERROR_MESSAGE);
		}
		log.warn("{} of file {} failed, retries left {}: {}", task.getTopicName(),
				task.getVariables().get(ProcessVariables.FILE_NUMBER), left, failure.toString());
		try {
			this.externalTasks.handleFailure(task.getId(), WORKER_ID, message, stackTrace(failure), left, timeout);
		}
		catch (RuntimeException lost) {
			log.warn("Could not report the failure of {} (task {}): {}", task.getTopicName(), task.getId(),
					lost.getMessage());
		}
	}

	/** A variable as text: strings as they are, dates as {@code yyyy-MM-dd}. */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).toString();
		}
		return value.toString();
	}

	private static String stackTrace(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

}
