package org.pnpflow.operations;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The Camunda group whose members may read the application's metrics
 * ({@code /actuator/prometheus}) and the details of its health: typically one service
 * account that the Prometheus server signs in as. Created at start-up when missing; an
 * administrator adds members in Camunda Admin.
 */
@Component
class MonitoringGroup extends AbstractProcessEnginePlugin {

	static final String ID = "monitoring";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		if (identity.createGroupQuery().groupId(ID).count() == 0) {
			Group group = identity.newGroup(ID);
			group.setName("Monitoring (metrics and health details)");
			group.setType("SYSTEM");
			try {
				identity.saveGroup(group);
			}
			catch (RuntimeException createdByAnotherNode) {
				if (identity.createGroupQuery().groupId(ID).count() == 0) {
					throw createdByAnotherNode;
				}
			}
		}
	}

}
