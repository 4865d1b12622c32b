package org.pnpflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Refuses any BPMN deployment that carries a script: a script task, a
 * {@code camunda:script} (in a listener, an input or output parameter, a connector), or a
 * condition with a {@code language}. A script runs with the rights of the server, and
 * whoever may deploy, or may change a diagram that gets deployed, would run code of their
 * choosing. Our processes call Spring beans from service tasks and decide with
 * expressions and DMN; the model checks keep scripts out of {@code processes/}, and this
 * keeps them out of the engine whatever the deployment's source (the REST API, Camunda
 * Modeler's deploy button, the demo's redeployment of edited diagrams).
 * <p>
 * The deployment fails with Camunda's parse error, which names each element found.
 */
@Component
class NoScriptsInDeployments extends AbstractProcessEnginePlugin {

	private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = (configuration.getCustomPreBPMNParseListeners() != null)
				? new ArrayList<>(configuration.getCustomPreBPMNParseListeners()) : new ArrayList<>();
		listeners.add(new ScriptRefusal());
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	/** Each script in the document, described by the element and its nearest id. */
	private static List<Found> scripts(Element root) {
		List<Found> found = new ArrayList<>();
		collect(root, null, found);
		return found;
	}

	private static void collect(Element element, String owner, List<Found> found) {
		String id = element.attribute("id");
		String near = (id != null) ? id : owner;
		if (BPMN_NS.equals(element.getUri()) && "scriptTask".equals(element.getTagName())) {
			found.add(new Found(element, "script task '" + id + "'"));
		}
		else if (CAMUNDA_NS.equals(element.getUri()) && "script".equals(element.getTagName())) {
			found.add(new Found(element, "camunda:script in '" + near + "'"));
		}
		else if (element.attribute("language") != null) {
			found.add(new Found(element, element.getTagName() + " in '" + near + "' with language=\""
					+ element.attribute("language") + "\""));
		}
		for (Element child : element.elements()) {
			collect(child, near, found);
		}
	}

	private record Found(Element element, String description) {

		@Override
		public String toString() {
			return this.description + " (line " + this.element.getLine() + ")";
		}

	}

	private static final class ScriptRefusal extends AbstractBpmnParseListener {

		@Override
		public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
			List<Found> found = scripts(rootElement);
			if (!found.isEmpty()) {
				throw new BpmnParseException("Scripts are not allowed in deployments; found: " + found
						+ ". Call a Spring bean from a service task (camunda:delegateExpression) or decide with an "
						+ "expression instead.", found.get(0).element());
			}
		}

	}

}
