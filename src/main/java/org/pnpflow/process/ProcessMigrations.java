package org.pnpflow.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * Moves running cases to the newest version of the main process after an analyst's change
 * is deployed (Camunda's migration API): each element is mapped to the element of the
 * same id in the new version, timers and message waits included. A version whose cases
 * cannot all be moved (an element they wait at is gone) stays as it is, and the report
 * says why.
 */
@Service
public class ProcessMigrations {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	ProcessMigrations(RepositoryService repository, RuntimeService runtime) {
		this.repository = repository;
		this.runtime = runtime;
	}

	/** What happened to the cases of one older version. */
	public record Result(int fromVersion, int toVersion, long cases, boolean migrated, String problem) {
	}

	public List<Result> migrateToLatest() {
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(ProcessVariables.PROCESS_KEY)
			.latestVersion()
			.singleResult();
		List<Result> results = new ArrayList<>();
		for (ProcessDefinition older : this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(ProcessVariables.PROCESS_KEY)
			.orderByProcessDefinitionVersion()
			.asc()
			.list()) {
			if (older.getVersion() >= latest.getVersion()) {
				continue;
			}
			long cases = this.runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
			if (cases == 0) {
				continue;
			}
			try {
				MigrationPlan plan = this.runtime.createMigrationPlan(older.getId(), latest.getId())
					.mapEqualActivities()
					.updateEventTriggers()
					.build();
				this.runtime.newMigration(plan)
					.processInstanceQuery(this.runtime.createProcessInstanceQuery().processDefinitionId(older.getId()))
					.execute();
				results.add(new Result(older.getVersion(), latest.getVersion(), cases, true, null));
			}
			catch (MigrationPlanValidationException | MigratingProcessInstanceValidationException refused) {
				results.add(new Result(older.getVersion(), latest.getVersion(), cases, false, refused.getMessage()));
			}
		}
		return results;
	}

}
