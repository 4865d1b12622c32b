package org.pnpflow.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.pnpflow.security.Groups;

/**
 * The engine's own floor for a nominated case: a bare process with as many service steps
 * (no-op delegates), jobs and user tasks as a nominated case of PNP Flow runs, on the
 * same engine, database and history level. Its instances are started and their tasks
 * completed through the engine's Java API by the same number of clients as the full
 * case's.
 */
final class EngineFloor {

	/**
	 * Its key begins as the engine plugin expects of a process that gets none of its
	 * listeners.
	 */
	static final String KEY = "BenchmarkEngineFloor";

	/** What one nominated case runs: service steps, jobs among them, user tasks. */
	record Shape(int serviceSteps, int jobs, int userTasks) {

		/**
		 * Counted from Camunda's history of the given files' cases: steps of the service
		 * kinds (service, send, script, business-rule tasks), successful jobs and user
		 * tasks, each per case, rounded.
		 */
		static Shape of(HistoryService history, List<String> fileNumbers) {
			long services = 0;
			long jobs = 0;
			long users = 0;
			for (String file : fileNumbers) {
				String instance = history.createHistoricProcessInstanceQuery()
					.processInstanceBusinessKey(file)
					.singleResult()
					.getId();
				for (String kind : List.of("serviceTask", "sendTask", "scriptTask", "businessRuleTask")) {
					services += history.createHistoricActivityInstanceQuery()
						.processInstanceId(instance)
						.activityType(kind)
						.count();
				}
				users += history.createHistoricActivityInstanceQuery()
					.processInstanceId(instance)
					.activityType("userTask")
					.count();
				jobs += history.createHistoricJobLogQuery().processInstanceId(instance).successLog().count();
			}
			int n = fileNumbers.size();
			return new Shape(Math.round((float) services / n), Math.round((float) jobs / n),
					Math.round((float) users / n));
		}
	}

	private final ProcessEngine engine;

	private final Shape shape;

	private String deploymentId;

	EngineFloor(ProcessEngine engine, Shape shape) {
		this.engine = engine;
		this.shape = shape;
	}

	/**
	 * The bare process: its user tasks spread evenly among the service steps; as many
	 * steps asynchronous (a job each) as the case runs jobs, service steps first.
	 */
	BpmnModelInstance model() {
		int steps = this.shape.serviceSteps() + this.shape.userTasks();
		AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY)
			.name("Benchmark: engine floor")
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_FloorStarted");
		int users = 0;
		int services = 0;
		for (int i = 0; i < steps; i++) {
			boolean userTurn = users < this.shape.userTasks()
					&& (long) (i + 1) * this.shape.userTasks() >= (long) (users + 1) * steps;
			if (userTurn) {
				users++;
				UserTaskBuilder user = flow.userTask("UserTask_Floor" + users).camundaCandidateGroups(Groups.OFFICERS);
				// jobs beyond one per service step go before user tasks
				flow = (users <= this.shape.jobs() - this.shape.serviceSteps()) ? user.camundaAsyncBefore() : user;
			}
			else {
				services++;
				ServiceTaskBuilder service = flow.serviceTask("ServiceTask_Floor" + services)
					.camundaClass(NoOpStep.class.getName());
				flow = (services <= this.shape.jobs()) ? service.camundaAsyncBefore() : service;
			}
		}
		return flow.endEvent("EndEvent_FloorEnded").done();
	}

	void deploy() {
		this.deploymentId = this.engine.getRepositoryService()
			.createDeployment()
			.name("benchmark-engine-floor")
			.addModelInstance("benchmark-engine-floor.bpmn", model())
			.deploy()
			.getId();
	}

	/** Removes the bare process and every instance and history of it. */
	void undeploy() {
		if (this.deploymentId != null) {
			this.engine.getRepositoryService().deleteDeployment(this.deploymentId, true);
		}
	}

	/** Runs the cases with the clients in parallel; returns cases per second. */
	double run(int cases, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			long started = System.nanoTime();
			List<Future<?>> all = new ArrayList<>();
			for (int i = 0; i < cases; i++) {
				all.add(pool.submit(() -> {
					runOne();
					return null;
				}));
			}
			for (Future<?> each : all) {
				each.get();
			}
			return cases / ((System.nanoTime() - started) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void runOne() throws InterruptedException {
		String instance = this.engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
		TaskService tasks = this.engine.getTaskService();
		IdentityService identity = this.engine.getIdentityService();
		Instant limit = Instant.now().plus(Duration.ofMinutes(5));
		while (Instant.now().isBefore(limit)) {
			List<Task> open = tasks.createTaskQuery().processInstanceId(instance).list();
			if (!open.isEmpty()) {
				identity.setAuthentication("officer", List.of(Groups.OFFICERS));
				try {
					tasks.claim(open.get(0).getId(), "officer");
					tasks.complete(open.get(0).getId());
				}
				finally {
					identity.clearAuthentication();
				}
				continue;
			}
			if (this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("A floor case did not end within 5 minutes: " + instance);
	}

}
