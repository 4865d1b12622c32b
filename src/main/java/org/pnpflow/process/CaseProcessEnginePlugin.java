package org.pnpflow.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wires {@link TaskLifecycle} into every user task the engine parses, and keeps personal
 * facts and free text out of Camunda's history tables.
 */
@Component
class CaseProcessEnginePlugin extends AbstractProcessEnginePlugin {

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
			UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
			behavior.getTaskDefinition()
				.addTaskListener(TaskListener.EVENTNAME_CREATE, (task) -> lifecycle.getObject().onCreate(task));
			behavior.getTaskDefinition()
				.addTaskListener(TaskListener.EVENTNAME_COMPLETE, (task) -> lifecycle.getObject().onComplete(task));
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
