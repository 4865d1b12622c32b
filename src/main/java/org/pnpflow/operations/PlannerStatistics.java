package org.pnpflow.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.pnpflow.process.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL's planner what it needs to cost the engine's authorization check well.
 * Every task query of a user who is not an administrator joins the authorizations on
 * {@code PERMS_ & permission = permission}, whose selectivity PostgreSQL cannot estimate
 * without statistics on that expression: it counted on one row, where a queue of 10,000
 * open tasks has 10,000 (one per task and candidate group), and compared every task with
 * every authorization (12.7 s for Tasklist's page of 15 cards). With the statistics it
 * looks each task's authorizations up in the index (0.2 s). Created once, after the
 * engine has made its tables; PostgreSQL 14 or later (docs/performance.md).
 */
@Component
class PlannerStatistics implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

	private static final String NAME = "pnp_act_ru_authorization_perms";

	private final JdbcTemplate jdbc;

	/** The engine is asked for so that its tables exist before this runs. */
	PlannerStatistics(JdbcTemplate jdbc, ProcessEngine engine) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() {
		if (!Databases.isPostgres(this.jdbc.getDataSource())) {
			return;
		}
		Integer present = this.jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?",
				Integer.class, NAME);
		if (present != null && present > 0) {
			return;
		}
		try {
			// READ (2) on a task, READ_TASK (64) on a process definition: the task
			// query's
			// two grants
			this.jdbc.execute("create statistics if not exists " + NAME
					+ " on (perms_ & 2), (perms_ & 64), resource_type_ from act_ru_authorization");
			this.jdbc.execute("analyze act_ru_authorization");
		}
		catch (RuntimeException unsupported) {
			log.warn("Could not create the planner statistics of the engine's authorizations"
					+ " (PostgreSQL 14 or later needed); Tasklist's queues will be slow with many open tasks: {}",
					unsupported.getMessage());
		}
	}

}
