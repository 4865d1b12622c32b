package org.pnpflow.process;

import java.text.ParseException;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the start timers of scheduled processes (deposits, reconciliation) on the cycle
 * the configuration gives. The engine reads a timer start event's {@code ${...cycle}}
 * when it deploys the diagram and keeps that cycle with the timer, and deploys only a
 * changed model; so at start-up a timer on another cycle is put on the configured one,
 * next due at its next time. Idempotent: every node of a cluster finds the same.
 */
@Component
public class StartTimers {

	private static final Logger LOG = LoggerFactory.getLogger(StartTimers.class);

	private final ProcessEngine engine;

	private final List<StartSchedule> schedules;

	StartTimers(ProcessEngine engine, List<StartSchedule> schedules) {
		this.engine = engine;
		this.schedules = schedules;
	}

	/** At every start-up: each scheduled process starts by its configured cycle. */
	@EventListener(ApplicationReadyEvent.class)
	void alignAll() {
		for (StartSchedule schedule : this.schedules) {
			align(schedule.processKey(), schedule.getCycle());
		}
	}

	/**
	 * The cycle, trimmed, when it is a Camunda cron expression with seconds; otherwise a
	 * refusal that names the property, so that a mistyped schedule stops the start-up.
	 */
	public static String checkedCron(String property, String cycle, String example) {
		try {
			CronTimer.parse(cycle.trim());
		}
		catch (ParseException | RuntimeException invalid) {
			throw new IllegalArgumentException(property + " \"" + cycle
					+ "\" is not a cron expression with seconds, like \"" + example + "\": " + invalid.getMessage(),
					invalid);
		}
		return cycle.trim();
	}

	/**
	 * Puts the start timer of the process on the cycle when it is on another one.
	 * @return whether a timer was changed
	 */
	public boolean align(String processKey, String cycle) {
		List<Job> timers = this.engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(processKey)
			.timers()
			.list();
		boolean changed = false;
		for (Job timer : timers) {
			if (timer.getProcessInstanceId() != null) {
				continue;
			}
			Boolean done = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
				.getCommandExecutorTxRequired()
				.execute((context) -> {
					JobEntity job = context.getJobManager().findJobById(timer.getId());
					if (!(job instanceof TimerEntity start) || cycle.equals(start.getRepeat())) {
						return false;
					}
					LOG.info("{} starts by \"{}\" from now on (its timer had \"{}\")", processKey, cycle,
							start.getRepeat());
					start.setRepeat(cycle);
					start.setDuedate(new CycleBusinessCalendar().resolveDuedate(cycle));
					return true;
				});
			changed |= Boolean.TRUE.equals(done);
		}
		return changed;
	}

}
