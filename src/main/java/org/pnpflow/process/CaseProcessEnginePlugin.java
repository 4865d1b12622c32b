package org.pnpflow.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wires {@link TaskLifecycle} into every user task the engine parses, and keeps personal
 * facts and free text out of Camunda's history tables.
 */
@Component
class CaseProcessEnginePlugin extends AbstractProcessEnginePlugin {

	/** The key prefix of processes that get none of the program's listeners. */
	static final String BARE_PROCESS_PREFIX = "Benchmark";

	private final ObjectProvider<TaskLifecycle> lifecycle;

	CaseProcessEnginePlugin(ObjectProvider<TaskLifecycle> lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new UserTaskParseListener());
		configuration.setCustomPostBPMNParseListeners(listeners);

		configuration.setEnableDefaultDbHistoryEventHandler(false);
		List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryEventHandlers());
		handlers.add(new PersonalDataFreeHistory(new DbHistoryEventHandler()));
		configuration.setCustomHistoryEventHandlers(handlers);
	}

	private final class UserTaskParseListener extends AbstractBpmnParseListener {

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			if (isBare(activity)) {
				return;
			}
			UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
			behavior.getTaskDefinition()
				.addTaskListener(TaskListener.EVENTNAME_CREATE, (task) -> lifecycle.getObject().onCreate(task));
			behavior.getTaskDefinition()
				.addTaskListener(TaskListener.EVENTNAME_COMPLETE, (task) -> lifecycle.getObject().onComplete(task));
			behavior.getTaskDefinition()
				.addTaskListener(TaskListener.EVENTNAME_DELETE, (task) -> lifecycle.getObject().onDelete(task));
		}

		@Override
		public void parseReceiveTask(Element receiveTaskElement, ScopeImpl scope, ActivityImpl activity) {
			addWaitingListeners(receiveTaskElement, activity);
		}

		@Override
		public void parseIntermediateCatchEvent(Element intermediateEventElement, ScopeImpl scope,
				ActivityImpl activity) {
			addWaitingListeners(intermediateEventElement, activity);
		}

		/**
		 * An element marked {@code waitingOnApplicant} in its extension properties stops
		 * the service-time clock from the moment the file reaches it until it leaves,
		 * whichever way it leaves (the message, or a deadline's boundary event).
		 */
		private void addWaitingListeners(Element element, ActivityImpl activity) {
			if (isBare(activity)) {
				return;
			}
			String reason = extensionProperty(element, TaskLifecycle.WAITING_ON_APPLICANT);
			if (reason == null || reason.isBlank()) {
				return;
			}
			activity.addListener(ExecutionListener.EVENTNAME_START,
					(ExecutionListener) (execution) -> lifecycle.getObject()
						.onWaiting(execution, reason.strip(), true));
			activity.addListener(ExecutionListener.EVENTNAME_END,
					(ExecutionListener) (execution) -> lifecycle.getObject()
						.onWaiting(execution, reason.strip(), false));
		}

		/**
		 * The benchmark's engine floor ({@code Benchmark...} processes) measures the
		 * engine alone: none of the program's listeners.
		 */
		private static boolean isBare(ActivityImpl activity) {
			return activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
					&& definition.getKey().startsWith(BARE_PROCESS_PREFIX);
		}

		private static String extensionProperty(Element element, String name) {
			Element extensions = element.element("extensionElements");
			Element properties = (extensions != null)
					? extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties") : null;
			if (properties == null) {
				return null;
			}
			for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
				if (name.equals(property.attribute("name"))) {
					return property.attribute("value");
				}
			}
			return null;
		}

	}

	/**
	 * Writes history as Camunda does, except the updates of variables that carry personal
	 * facts or free text: those live in our tables only.
	 */
	private final class PersonalDataFreeHistory implements HistoryEventHandler {

		private final HistoryEventHandler delegate;

		PersonalDataFreeHistory(HistoryEventHandler delegate) {
			this.delegate = delegate;
		}

		@Override
		public void handleEvent(HistoryEvent event) {
			if (event instanceof HistoricVariableUpdateEventEntity update
					&& (lifecycle.getObject().recordedInputs().contains(update.getVariableName())
							|| ProcessVariables.REGISTRY_VARIABLES.contains(update.getVariableName()))) {
				return;
			}
			if (event instanceof HistoricFormPropertyEventEntity formField
					&& lifecycle.getObject().recordedInputs().contains(formField.getPropertyId())) {
				return;
			}
			this.delegate.handleEvent(event);
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			events.forEach(this::handleEvent);
		}

	}

}
