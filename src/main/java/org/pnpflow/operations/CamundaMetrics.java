package org.pnpflow.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Publishes the engine's own counts (jobs executed, failed, acquired, and more) and the
 * open incidents to Micrometer, read at each scrape.
 *
 * <p>
 * The engine counts in memory and, every reporting interval (15 minutes by default),
 * moves what it counted into {@code ACT_RU_METER_LOG} under this node's reporter id (its
 * host name) and starts again from zero. Neither place alone gives a count that only
 * grows, as a Prometheus counter must: the memory is emptied at each report, and the
 * table lags by up to an interval. Each counter here is therefore what this node has
 * already reported plus what it has counted since, so it is current to the second and
 * belongs to this node only (add the nodes up in Prometheus). The two are read in that
 * order and the highest value returned so far is kept, so that a report happening between
 * the two reads cannot make a counter appear to go down.
 *
 * <p>
 * Incidents live in the database, so every node reports the same number for them (take
 * the maximum across nodes, not the sum).
 */
@Component
class CamundaMetrics implements MeterBinder {

	/** Camunda's meter name, then ours and its description. */
	private static final Map<String, String[]> COUNTERS = Map.ofEntries(
			Map.entry(Metrics.JOB_SUCCESSFUL,
					new String[] { "camunda.jobs.successful", "Jobs this node executed without error" }),
			Map.entry(Metrics.JOB_FAILED,
					new String[] { "camunda.jobs.failed",
							"Job executions on this node that ended in an error (each attempt, retried or not)" }),
			Map.entry(Metrics.JOB_ACQUISITION_ATTEMPT,
					new String[] { "camunda.job.acquisition.attempts",
							"Times this node's job executor looked for due jobs" }),
			Map.entry(Metrics.JOB_ACQUIRED_SUCCESS,
					new String[] { "camunda.jobs.acquired", "Jobs this node's job executor locked for execution" }),
			Map.entry(Metrics.JOB_ACQUIRED_FAILURE,
					new String[] { "camunda.jobs.acquisition.lost",
							"Jobs this node tried to lock that another node locked first" }),
			Map.entry(Metrics.JOB_EXECUTION_REJECTED,
					new String[] { "camunda.jobs.rejected",
							"Locked jobs this node's thread pool had no room for (they run later)" }),
			Map.entry(Metrics.JOB_LOCKED_EXCLUSIVE,
					new String[] { "camunda.jobs.locked.exclusive",
							"Exclusive jobs of one process instance locked together with another by this node" }),
			Map.entry(Metrics.ACTIVTY_INSTANCE_START,
					new String[] { "camunda.activity.instances.started",
							"Activity instances (tasks, events, gateways) started on this node" }),
			Map.entry(Metrics.ROOT_PROCESS_INSTANCE_START,
					new String[] { "camunda.process.instances.started",
							"Process instances (not subprocesses) started on this node" }),
			Map.entry(Metrics.EXECUTED_DECISION_INSTANCES,
					new String[] { "camunda.decision.instances.evaluated", "DMN decisions evaluated on this node" }));

	private static final String[] INCIDENT_TYPES = { Incident.FAILED_JOB_HANDLER_TYPE,
			Incident.EXTERNAL_TASK_HANDLER_TYPE };

	private final ProcessEngine engine;

	private final Map<String, Long> highest = new ConcurrentHashMap<>();

	CamundaMetrics(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		COUNTERS.forEach((camundaName, ours) -> FunctionCounter.builder(ours[0], this, (m) -> m.total(camundaName))
			.description(ours[1])
			.register(registry));
		for (String type : INCIDENT_TYPES) {
			Gauge.builder("camunda.incidents.open", this, (m) -> m.openIncidents(type))
				.tag("type", type)
				.description("Open incidents of this type (steps stopped until someone retries or resolves them)")
				.register(registry);
		}
	}

	private double total(String camundaName) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		long known = this.highest.getOrDefault(camundaName, 0L);
		if (!configuration.isMetricsEnabled() || configuration.getMetricsRegistry() == null) {
			return known;
		}
		try {
			long reported = (configuration.getHostname() == null) ? 0
					: this.engine.getManagementService()
						.createMetricsQuery()
						.name(camundaName)
						.reporter(configuration.getHostname())
						.sum();
			Meter meter = configuration.getMetricsRegistry().getDbMeterByName(camundaName);
			long sinceReport = (meter != null) ? meter.get() : 0;
			return this.highest.merge(camundaName, reported + sinceReport, Math::max);
		}
		catch (RuntimeException databaseUnavailable) {
			return known;
		}
	}

	private double openIncidents(String type) {
		try {
			return this.engine.getRuntimeService().createIncidentQuery().incidentType(type).count();
		}
		catch (RuntimeException databaseUnavailable) {
			return Double.NaN;
		}
	}

}
