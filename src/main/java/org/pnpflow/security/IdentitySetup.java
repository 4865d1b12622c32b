package org.pnpflow.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets up, idempotently at every start, the groups of each role, what each group may see
 * and do, and the Tasklist filters of each queue. With {@code pnp.demo.enabled} it also
 * creates one demo user per role.
 * <p>
 * Variables are read only with a permission of their own: the case summary of a task
 * (name, date of birth, passport) is a task-local variable, and without this whoever may
 * read a process instance (analysts in Cockpit, the registry workers) would read the case
 * summaries of all its tasks too. Tasks give their candidate groups and assignee that
 * permission as they are created.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

	private static final String TASKLIST = "tasklist";

	private static final String COCKPIT = "cockpit";

	private final boolean demo;

	private final String demoPassword;

	IdentitySetup(@Value("${pnp.demo.enabled:false}") boolean demo,
			@Value("${pnp.demo.password:}") String demoPassword) {
		this.demo = demo;
		this.demoPassword = demoPassword;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnforceSpecificVariablePermission(true);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		groups().forEach((id, name) -> ensureGroup(identity, id, name));
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (String group : Groups.STAFF) {
			grant(authorizations, group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
			grant(authorizations, group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
		}
		grant(authorizations, Groups.MANAGERS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
		grant(authorizations, Groups.MANAGERS, Resources.TASK, "*", Permissions.READ, Permissions.UPDATE,
				TaskPermissions.READ_VARIABLE);
		grant(authorizations, Groups.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
		grant(authorizations, Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*",
				ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
		grant(authorizations, Groups.ANALYSTS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
		// the history of the cases, with its variables (routing facts only: see
		// CaseProcessEnginePlugin), but not the variables of open tasks
		grant(authorizations, Groups.ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
				Permissions.READ_HISTORY, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
		grant(authorizations, Groups.ANALYSTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
		grant(authorizations, Groups.ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
		grant(authorizations, Groups.ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.READ);
		// intake records payments that came by mail from Tasklist's Start process
		grant(authorizations, Groups.INTAKE, Resources.PROCESS_DEFINITION, "RecordPaymentProcess",
				Permissions.CREATE_INSTANCE);
		grant(authorizations, Groups.INTAKE, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
		// fetch, lock, complete and fail the outside-registry checks, nothing else
		grant(authorizations, Groups.REGISTRY_WORKERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
				Permissions.READ_INSTANCE, Permissions.UPDATE_INSTANCE);
		grant(authorizations, Groups.REGISTRY_WORKERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ,
				Permissions.UPDATE);

		letTaskReadersReadItsVariables(authorizations);

		setUpFilters(engine.getFilterService(), engine.getTaskService(), authorizations);
		if (this.demo) {
			createDemoUsers(identity);
		}
	}

	/**
	 * Tasks opened before variables needed a permission of their own: whoever may read
	 * one may read its variables, as on tasks created since.
	 */
	private static void letTaskReadersReadItsVariables(AuthorizationService authorizations) {
		for (Authorization authorization : authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.list()) {
			if (!Authorization.ANY.equals(authorization.getResourceId())
					&& authorization.isPermissionGranted(Permissions.READ)
					&& !authorization.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
				authorization.addPermission(TaskPermissions.READ_VARIABLE);
				authorizations.saveAuthorization(authorization);
			}
		}
	}

	static Map<String, String> groups() {
		Map<String, String> groups = new LinkedHashMap<>();
		groups.put(Groups.INTAKE, "Intake (immigration support officers)");
		groups.put(Groups.OFFICERS, "Program development officers");
		groups.put(Groups.INTEGRITY, "Program integrity");
		groups.put(Groups.MANAGERS, "Program managers");
		groups.put(Groups.DIRECTORS, "Executive directors");
		groups.put(Groups.ANALYSTS, "Process analysts");
		groups.put(Groups.PORTAL, "E-filing portal (service accounts)");
		groups.put(Groups.REGISTRY_WORKERS, "Outside-registry workers (service accounts)");
		return groups;
	}

	private void setUpFilters(FilterService filters, org.camunda.bpm.engine.TaskService tasks,
			AuthorizationService authorizations) {
		int priority = 0;
		Map<String, String[]> queues = new LinkedHashMap<>();
		queues.put(Groups.INTAKE, new String[] { "Intake queue", "File d'attente : réception" });
		queues.put(Groups.OFFICERS, new String[] { "Officers queue", "File d'attente : agents" });
		queues.put(Groups.INTEGRITY, new String[] { "Integrity queue", "File d'attente : intégrité" });
		queues.put(Groups.MANAGERS, new String[] { "Managers queue", "File d'attente : gestion" });
		queues.put(Groups.DIRECTORS, new String[] { "Directors queue", "File d'attente : direction" });
		Filter mine = ensureFilter(filters, "My tasks", "Tasks assigned to me, by due date",
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), priority++);
		for (String group : Groups.STAFF) {
			grant(authorizations, group, Resources.FILTER, mine.getId(), Permissions.READ);
		}
		for (Map.Entry<String, String[]> queue : queues.entrySet()) {
			Filter filter = ensureFilter(filters, queue.getValue()[0],
					"Open tasks of the " + queue.getKey() + " group, by due date (" + queue.getValue()[1] + ")",
					tasks.createTaskQuery().taskCandidateGroup(queue.getKey()).includeAssignedTasks(), priority++);
			grant(authorizations, queue.getKey(), Resources.FILTER, filter.getId(), Permissions.READ);
			grant(authorizations, Groups.MANAGERS, Resources.FILTER, filter.getId(), Permissions.READ);
		}
		Filter all = ensureFilter(filters, "All open work", "Every open task of the unit, by due date",
				tasks.createTaskQuery(), priority);
		grant(authorizations, Groups.MANAGERS, Resources.FILTER, all.getId(), Permissions.READ);
	}

	private static Filter ensureFilter(FilterService filters, String name, String description, TaskQuery query,
			int priority) {
		query.orderByDueDate().asc();
		Filter filter = filters.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name);
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		List<Map<String, String>> variables = new ArrayList<>();
		variables.add(Map.of("name", "fileNumber", "label", "File"));
		variables.add(Map.of("name", "streamName", "label", "Stream"));
		variables.add(Map.of("name", "priority", "label", "Priority"));
		properties.put("variables", variables);
		filter.setQuery(query);
		filter.setProperties(properties);
		filter.setOwner(null);
		return filters.saveFilter(filter);
	}

	private static void ensureGroup(IdentityService identity, String id, String name) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identity.saveGroup(group);
		}
	}

	private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
			Permission... permissions) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.singleResult();
		Authorization authorization = existing != null ? existing
				: authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

	private void createDemoUsers(IdentityService identity) {
		if (this.demoPassword == null || this.demoPassword.isBlank()) {
			throw new IllegalStateException("pnp.demo.enabled is set but pnp.demo.password is empty");
		}
		demoUser(identity, "intake", "Isabelle", "Tremblay", Groups.INTAKE);
		demoUser(identity, "officer", "Omar", "Haddad", Groups.OFFICERS);
		// a second officer, so that a manager has someone to give an officer's tasks to
		demoUser(identity, "officer2", "Olivia", "Chen", Groups.OFFICERS);
		demoUser(identity, "integrity", "Ines", "Gagnon", Groups.INTEGRITY);
		demoUser(identity, "manager", "Marie", "Leblanc", Groups.MANAGERS);
		demoUser(identity, "director", "David", "MacLeod", Groups.DIRECTORS);
		demoUser(identity, "analyst", "Anika", "Singh", Groups.ANALYSTS);
		demoUser(identity, "portal", "E-filing", "Portal", Groups.PORTAL);
		demoUser(identity, "registryworker", "Registry", "Worker", Groups.REGISTRY_WORKERS);
	}

	private void demoUser(IdentityService identity, String id, String first, String last, String group) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(first);
			user.setLastName(last);
			user.setEmail(id + "@pnp.example");
			user.setPassword(this.demoPassword);
			identity.saveUser(user);
		}
		if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
			identity.createMembership(id, group);
		}
	}

}
