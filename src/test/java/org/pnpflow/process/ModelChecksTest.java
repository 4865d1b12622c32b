package org.pnpflow.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pnpflow.security.Groups;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The checks Camunda Modeler does not make, run by the build (and so by {@code ./mvnw -B
 * verify}) on what the process analysts edit: processes/*.bpmn, processes/*.dmn and
 * forms/*.form. One test per rule; each lists every problem it finds, naming the file and
 * the element. Plain JUnit, no Spring context, paths relative to the project root (where
 * Maven runs the tests).
 */
class ModelChecksTest {

	static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	/** The form-js 1.8.7 component types Tasklist 7.24 renders. */
	static final Set<String> RENDERED_COMPONENTS = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
			"checklist", "radio", "select", "taglist", "text", "html", "image", "iframe", "table", "group",
			"dynamiclist", "expression", "spacer", "separator", "button");

	/** The components whose {@code key} binds a variable. */
	static final Set<String> INPUT_COMPONENTS = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
			"checklist", "radio", "select", "taglist", "expression");

	static final Pattern MODELER_GENERATED_ID = Pattern.compile(
			"^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task|SequenceFlow|DataObjectReference|TextAnnotation|Association|Process|Participant|Collaboration|Definitions)_[0-9a-z]{7}$");

	static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_$][A-Za-z0-9_$]*)\\}$");

	static final Pattern COMPONENT_BEAN = Pattern
		.compile("@(?:Component|Service|Named)\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");

	static final Pattern BEAN_METHOD = Pattern.compile("@Bean(?:\\(([^)]*)\\))?\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*"
			+ "(?:(?:public|protected|private|static|final)\\s+)*(?:[\\w.]+\\.)?JavaDelegate\\s+(\\w+)\\s*\\(");

	/** The outputs the Java code reads, by decision. */
	static final Map<String, List<String>> OUTPUTS_READ = Map.ofEntries(Map.entry("FeeSchedule", List.of("fee")),
			Map.entry("DocumentChecklist", List.of("documentType", "minimumValidityMonths", "maximumAgeMonths")),
			Map.entry("TriagePriority", List.of("priority", "taskPriority")), Map.entry("TriageFlags", List.of("flag")),
			Map.entry("PointsAge", List.of("points")), Map.entry("PointsEducation", List.of("points")),
			Map.entry("PointsLanguage", List.of("points")), Map.entry("PointsExperience", List.of("points")),
			Map.entry("PointsJobOffer", List.of("points")), Map.entry("PointsConnection", List.of("points")));

	/** The variables the Java code supplies, by decision. */
	static final Map<String, Set<String>> INPUTS_SUPPLIED = Map.ofEntries(
			Map.entry("FeeSchedule", Set.of("stream", "receivedOn")),
			Map.entry("DocumentChecklist", Set.of("stream", "accompanyingSpouse", "inCanada")),
			Map.entry("TriagePriority",
					Set.of("stream", "workPermitDaysLeft", "priorApplications", "representativeWatchListed")),
			Map.entry("TriageFlags",
					Set.of("stream", "workPermitDaysLeft", "priorApplications", "representativeWatchListed")),
			Map.entry("PointsAge", Set.of("age")), Map.entry("PointsEducation", Set.of("educationLevel")),
			Map.entry("PointsLanguage", Set.of("languageBenchmark")),
			Map.entry("PointsExperience", Set.of("experienceYears")), Map.entry("PointsJobOffer", Set.of("jobOffer")),
			Map.entry("PointsConnection", Set.of("provincialConnection")));

	/** Where the code evaluates each decision, for the messages. */
	static final Map<String, String> READ_BY = Map.ofEntries(Map.entry("FeeSchedule", "org.pnpflow.fees.Fees"),
			Map.entry("DocumentChecklist", "org.pnpflow.documents.DocumentChecks"),
			Map.entry("TriagePriority", "org.pnpflow.triage.TriageDelegate"),
			Map.entry("TriageFlags", "org.pnpflow.triage.TriageDelegate"),
			Map.entry("PointsAge", "org.pnpflow.assessment.PointsGrid"),
			Map.entry("PointsEducation", "org.pnpflow.assessment.PointsGrid"),
			Map.entry("PointsLanguage", "org.pnpflow.assessment.PointsGrid"),
			Map.entry("PointsExperience", "org.pnpflow.assessment.PointsGrid"),
			Map.entry("PointsJobOffer", "org.pnpflow.assessment.PointsGrid"),
			Map.entry("PointsConnection", "org.pnpflow.assessment.PointsGrid"));

	static final Set<String> EXPRESSION_KEYWORDS = Set.of("true", "false", "null", "and", "or", "not", "in", "between",
			"if", "then", "else", "for", "some", "every", "satisfies", "instance", "of", "return", "function", "empty",
			"eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

	static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*+)(?!\\s*\\()");

	static final ObjectMapper JSON = new ObjectMapper();

	static final long LINT_TIMEOUT_SECONDS = 120;

	static Map<Path, BpmnModelInstance> processes;

	static List<String> parseProblems;

	@BeforeAll
	static void readProcesses() throws IOException {
		processes = new LinkedHashMap<>();
		parseProblems = new ArrayList<>();
		List<Path> files = files("processes", ".bpmn");
		if (files.isEmpty()) {
			fail("No processes/*.bpmn found in " + Paths.get("").toAbsolutePath()
					+ ": the model checks run from the project root");
		}
		for (Path file : files) {
			try {
				processes.put(file, Bpmn.readModelFromFile(file.toFile()));
			}
			catch (RuntimeException ex) {
				parseProblems.add(name(file) + ": not a valid BPMN 2.0 model: " + messages(ex));
			}
		}
	}

	/**
	 * Rule 1: every user task has a deployed form (camunda:formRef with
	 * camunda:formRefBinding="deployment") that exists in forms/, and every form is one
	 * Tasklist 7.24 can render.
	 */
	@Test
	void userTasksHaveFormsTasklistRenders() throws IOException {
		List<String> problems = new ArrayList<>(parseProblems);
		Map<String, Path> formsById = new TreeMap<>();
		for (Path form : files("forms", ".form")) {
			JsonNode root;
			try {
				root = JSON.readTree(form.toFile());
			}
			catch (JsonProcessingException ex) {
				String where = (ex.getLocation() != null)
						? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr()
						: "";
				problems.add(name(form) + ": not valid JSON" + where + ": "
						+ ex.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "["));
				continue;
			}
			if (root == null || !root.isObject()) {
				problems.add(name(form) + ": not a form (the file is not a JSON object)");
				continue;
			}
			JsonNode id = root.get("id");
			if (id == null || !id.isTextual() || id.asText().isBlank()) {
				problems.add(name(form) + ": the form has no \"id\"");
			}
			else if (formsById.containsKey(id.asText())) {
				problems.add(name(form) + ": form id \"" + id.asText() + "\" is also the id of "
						+ name(formsById.get(id.asText())));
			}
			else {
				formsById.put(id.asText(), form);
			}
			JsonNode platform = root.get("executionPlatform");
			if (platform == null || !"Camunda Platform".equals(platform.asText())) {
				problems.add(name(form) + ": \"executionPlatform\" is " + platform
						+ ", not \"Camunda Platform\" (set Camunda Platform 7.24 in Camunda Modeler)");
			}
			JsonNode components = root.get("components");
			if (components == null || !components.isArray()) {
				problems.add(name(form) + ": the form has no \"components\" list");
			}
			else {
				checkComponents(name(form), components, "", new HashMap<>(), problems);
			}
		}
		for (Map.Entry<Path, BpmnModelInstance> process : processes.entrySet()) {
			for (UserTask task : process.getValue().getModelElementsByType(UserTask.class)) {
				String where = name(process.getKey()) + ": " + describe(task);
				String formRef = task.getCamundaFormRef();
				String binding = task.getDomElement().getAttribute(CAMUNDA_NS, "formRefBinding");
				if (formRef == null || formRef.isBlank()) {
					problems.add(where + " has no camunda:formRef (link a form in the Form section)");
					continue;
				}
				if (!"deployment".equals(binding)) {
					problems.add(where + " has camunda:formRefBinding=" + quoted(binding)
							+ ", not \"deployment\" (the form must be deployed with the process)");
				}
				if (!formsById.containsKey(formRef)) {
					problems.add(where + " has camunda:formRef=\"" + formRef + "\", but no forms/*.form has that \"id\""
							+ " (form ids: " + formsById.keySet() + ")");
				}
			}
		}
		assertNoProblems("User tasks and their forms", problems);
	}

	private static void checkComponents(String form, JsonNode components, String pathPrefix,
			Map<String, String> bindings, List<String> problems) {
		for (JsonNode component : components) {
			String what = describe(component);
			JsonNode type = component.get("type");
			if (type == null || !type.isTextual()) {
				problems.add(form + ": " + what + " has no \"type\"");
				continue;
			}
			if (!RENDERED_COMPONENTS.contains(type.asText())) {
				problems.add(form + ": " + what + " is of type \"" + type.asText()
						+ "\", which Tasklist 7.24 (form-js 1.8.7) does not render (it renders "
						+ new TreeSet<>(RENDERED_COMPONENTS) + ")");
			}
			JsonNode key = component.get("key");
			if (key == null || !key.isTextual() || key.asText().isBlank()) {
				if (INPUT_COMPONENTS.contains(type.asText())) {
					problems.add(form + ": " + what + " has no \"key\"");
				}
			}
			else {
				String binding = pathPrefix + key.asText();
				String other = bindings.putIfAbsent(binding, what);
				if (other != null) {
					problems.add(form + ": " + what + " has the key \"" + binding + "\" of " + other
							+ " (keys must be unique in a form)");
				}
			}
			JsonNode children = component.get("components");
			if (children != null && children.isArray()) {
				String path = component.hasNonNull("path") ? component.get("path").asText() : "";
				String prefix = pathPrefix;
				if (!path.isBlank()) {
					prefix = pathPrefix + path + ("dynamiclist".equals(type.asText()) ? "[]." : ".");
				}
				checkComponents(form, children, prefix, bindings, problems);
			}
		}
	}

	/**
	 * Rule 2: every user task has candidate groups, each one of the groups of
	 * {@link Groups}.
	 */
	@Test
	void userTasksHaveKnownCandidateGroups() throws IllegalAccessException {
		List<String> problems = new ArrayList<>(parseProblems);
		Set<String> groups = new TreeSet<>();
		for (Field field : Groups.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
					&& field.getType() == String.class) {
				groups.add((String) field.get(null));
			}
		}
		for (Map.Entry<Path, BpmnModelInstance> process : processes.entrySet()) {
			for (UserTask task : process.getValue().getModelElementsByType(UserTask.class)) {
				String where = name(process.getKey()) + ": " + describe(task);
				String candidateGroups = task.getCamundaCandidateGroups();
				if (candidateGroups == null || candidateGroups.isBlank()) {
					problems.add(where + " has no camunda:candidateGroups (one or more of " + groups + ")");
					continue;
				}
				for (String group : candidateGroups.split(",")) {
					if (!groups.contains(group.trim())) {
						problems.add(where + " has the candidate group \"" + group.trim()
								+ "\", which is not one of org.pnpflow.security.Groups " + groups);
					}
				}
			}
		}
		assertNoProblems("Candidate groups of user tasks", problems);
	}

	/**
	 * Rule 3: service tasks call Spring beans (camunda:delegateExpression="${bean}"),
	 * asynchronously; no classes, expressions or scripts; external tasks name a topic.
	 */
	@Test
	void serviceTasksCallExistingBeansAsynchronously() throws IOException {
		List<String> problems = new ArrayList<>(parseProblems);
		Set<String> beans = delegateBeans();
		for (Map.Entry<Path, BpmnModelInstance> process : processes.entrySet()) {
			String file = name(process.getKey());
			for (ServiceTask task : process.getValue().getModelElementsByType(ServiceTask.class)) {
				String where = file + ": " + describe(task);
				if ("external".equals(task.getCamundaType())) {
					continue;
				}
				if (task.getCamundaClass() != null) {
					problems.add(where + " uses camunda:class=\"" + task.getCamundaClass()
							+ "\"; use camunda:delegateExpression=\"${bean}\"");
				}
				if (task.getCamundaExpression() != null) {
					problems.add(where + " uses camunda:expression=\"" + task.getCamundaExpression()
							+ "\"; use camunda:delegateExpression=\"${bean}\"");
				}
				if (task.getCamundaDelegateExpression() == null) {
					problems.add(where + " has no camunda:delegateExpression=\"${bean}\"");
				}
				if (!"true".equals(task.getDomElement().getAttribute(CAMUNDA_NS, "asyncBefore"))) {
					problems.add(where + " is not camunda:asyncBefore=\"true\"");
				}
			}
			for (DomElement element : allElements(process.getValue())) {
				String where = file + ": " + describe(element);
				if (BPMN_NS.equals(element.getNamespaceURI()) && "scriptTask".equals(element.getLocalName())) {
					problems
						.add(where + " is a script task; scripts are not allowed (call a bean from a service task)");
				}
				if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName())) {
					problems.add(where + " is a script; scripts are not allowed");
				}
				if (BPMN_NS.equals(element.getNamespaceURI()) && element.hasAttribute("language")) {
					problems.add(where + " is a script (language=\"" + element.getAttribute("language")
							+ "\"); scripts are not allowed");
				}
				boolean listener = CAMUNDA_NS.equals(element.getNamespaceURI())
						&& element.getLocalName().endsWith("Listener");
				String className = listener ? element.getAttribute("class") : element.getAttribute(CAMUNDA_NS, "class");
				if (className != null && !(element.getModelElementInstance() instanceof ServiceTask)) {
					problems
						.add(where + " uses the class \"" + className + "\"; use a delegate expression \"${bean}\"");
				}
				String delegate = listener ? element.getAttribute("delegateExpression")
						: element.getAttribute(CAMUNDA_NS, "delegateExpression");
				if (delegate != null) {
					Matcher bean = BEAN_EXPRESSION.matcher(delegate.trim());
					if (!bean.matches()) {
						problems.add(where + " has the delegate expression \"" + delegate
								+ "\", not of the form ${beanName}");
					}
					else if (!beans.contains(bean.group(1))) {
						problems.add(where + " calls the bean \"" + bean.group(1) + "\", but src/main/java has no"
								+ " @Component(\"" + bean.group(1) + "\") nor @Bean JavaDelegate " + bean.group(1)
								+ "(...)");
					}
				}
				if ("external".equals(element.getAttribute(CAMUNDA_NS, "type"))) {
					String topic = element.getAttribute(CAMUNDA_NS, "topic");
					if (topic == null || topic.isBlank()) {
						problems.add(where + " is an external task without a camunda:topic");
					}
				}
			}
		}
		assertNoProblems("Service tasks, delegates and scripts", problems);
	}

	/** The names of the delegate beans declared in src/main/java. */
	private static Set<String> delegateBeans() throws IOException {
		Set<String> beans = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Paths.get("src", "main", "java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source, StandardCharsets.UTF_8);
				Matcher component = COMPONENT_BEAN.matcher(code);
				while (component.find()) {
					beans.add(component.group(1));
				}
				Matcher method = BEAN_METHOD.matcher(code);
				while (method.find()) {
					List<String> names = quotedStrings(method.group(1));
					beans.addAll(names.isEmpty() ? List.of(method.group(2)) : names);
				}
			}
		}
		return beans;
	}

	/**
	 * Rule 4: processes have a history time to live, ids are named (not generated by the
	 * Modeler), and every flow node and sequence flow is drawn.
	 */
	@Test
	void processesAreNamedDrawnAndExpire() {
		List<String> problems = new ArrayList<>(parseProblems);
		for (Map.Entry<Path, BpmnModelInstance> process : processes.entrySet()) {
			String file = name(process.getKey());
			BpmnModelInstance model = process.getValue();
			for (org.camunda.bpm.model.bpmn.instance.Process definition : model
				.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
				String ttl = definition.getCamundaHistoryTimeToLiveString();
				if (ttl == null || ttl.isBlank()) {
					problems.add(file + ": " + describe(definition) + " has no camunda:historyTimeToLive");
				}
			}
			for (DomElement element : allElements(model)) {
				String id = element.getAttribute("id");
				if (id != null && MODELER_GENERATED_ID.matcher(id).matches()) {
					String type = element.getLocalName();
					problems.add(file + ": " + describe(element) + " has an id generated by the Modeler; give it an id"
							+ " that says what it is, like " + Character.toUpperCase(type.charAt(0)) + type.substring(1)
							+ "_CheckFee");
				}
			}
			Set<String> shapes = model.getModelElementsByType(BpmnShape.class)
				.stream()
				.map((shape) -> shape.getDomElement().getAttribute("bpmnElement"))
				.collect(Collectors.toSet());
			Set<String> edges = model.getModelElementsByType(BpmnEdge.class)
				.stream()
				.map((edge) -> edge.getDomElement().getAttribute("bpmnElement"))
				.collect(Collectors.toSet());
			for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
				if (!shapes.contains(node.getId())) {
					problems.add(file + ": " + describe(node) + " has no BPMNShape (it is not drawn in the diagram)");
				}
			}
			for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
				if (!edges.contains(flow.getId())) {
					problems.add(file + ": " + describe(flow) + " has no BPMNEdge (it is not drawn in the diagram)");
				}
			}
		}
		assertNoProblems("Process history, ids and diagram", problems);
	}

	/**
	 * Rule 5: every DMN parses in the Camunda DMN engine, every decision has a history
	 * time to live, and the decisions the Java code evaluates have the outputs it reads
	 * and read only the inputs it supplies.
	 */
	@Test
	void decisionsMatchWhatTheCodeSuppliesAndReads() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Path> files = files("processes", ".dmn");
		DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		Map<String, Path> fileOf = new LinkedHashMap<>();
		Map<String, Decision> decisions = new LinkedHashMap<>();
		List<String> unparsed = new ArrayList<>();
		for (Path file : files) {
			try (InputStream stream = Files.newInputStream(file)) {
				engine.parseDecisions(stream);
			}
			catch (RuntimeException ex) {
				problems.add(name(file) + ": the Camunda DMN engine cannot parse it: " + messages(ex));
				unparsed.add(name(file));
				continue;
			}
			DmnModelInstance model;
			try (InputStream stream = Files.newInputStream(file)) {
				model = Dmn.readModelFromStream(stream);
			}
			catch (RuntimeException ex) {
				problems.add(name(file) + ": not a valid DMN model: " + messages(ex));
				unparsed.add(name(file));
				continue;
			}
			for (Decision decision : model.getModelElementsByType(Decision.class)) {
				String ttl = decision.getCamundaHistoryTimeToLiveString();
				if (ttl == null || ttl.isBlank()) {
					problems.add(name(file) + ": decision " + decision.getId() + " has no camunda:historyTimeToLive");
				}
				Path other = fileOf.putIfAbsent(decision.getId(), file);
				if (other != null) {
					problems.add(name(file) + ": decision " + decision.getId() + " is also in " + name(other));
				}
				decisions.putIfAbsent(decision.getId(), decision);
			}
		}
		for (String key : new TreeSet<>(OUTPUTS_READ.keySet())) {
			Decision decision = decisions.get(key);
			if (decision == null) {
				problems.add("decision " + key + ", which " + READ_BY.get(key) + " evaluates, is in no processes/*.dmn"
						+ (unparsed.isEmpty() ? "" : " that parses (not parsed: " + unparsed + ")"));
				continue;
			}
			String where = name(fileOf.get(key)) + ": decision " + key;
			Set<String> outputs = outputsOf(decision);
			for (String output : OUTPUTS_READ.get(key)) {
				if (!outputs.contains(output)) {
					problems.add(where + " has no output named \"" + output + "\", which " + READ_BY.get(key)
							+ " reads (its outputs: " + outputs + ")");
				}
			}
			Set<String> available = new TreeSet<>(INPUTS_SUPPLIED.get(key));
			for (InformationRequirement requirement : decision.getInformationRequirements()) {
				if (requirement.getRequiredDecision() != null) {
					available.addAll(outputsOf(requirement.getRequiredDecision()));
				}
			}
			for (Map.Entry<String, String> input : inputExpressionsOf(decision).entrySet()) {
				if (input.getValue() == null || input.getValue().isBlank()) {
					problems.add(where + ": input " + input.getKey() + " has no expression");
					continue;
				}
				for (String variable : variablesOf(input.getValue())) {
					if (!available.contains(variable)) {
						problems.add(where + ": input " + input.getKey() + " (" + input.getValue()
								+ ") reads the variable \"" + variable + "\", which " + READ_BY.get(key)
								+ " does not supply (it supplies " + INPUTS_SUPPLIED.get(key) + ")");
					}
				}
			}
		}
		assertNoProblems("Decisions", problems);
	}

	private static Set<String> outputsOf(Decision decision) {
		Set<String> outputs = new TreeSet<>();
		if (decision.getExpression() instanceof DecisionTable table) {
			for (Output output : table.getOutputs()) {
				if (output.getName() != null) {
					outputs.add(output.getName());
				}
			}
		}
		else if (decision.getVariable() != null && decision.getVariable().getName() != null) {
			outputs.add(decision.getVariable().getName());
		}
		return outputs;
	}

	/** The input expressions of a decision, by the input's label (or id). */
	private static Map<String, String> inputExpressionsOf(Decision decision) {
		Map<String, String> expressions = new LinkedHashMap<>();
		if (decision.getExpression() instanceof DecisionTable table) {
			for (Input input : table.getInputs()) {
				String label = input.getLabel() != null ? "\"" + input.getLabel() + "\"" : input.getId();
				LiteralExpression expression = input.getInputExpression();
				expressions.put(label, (expression == null || expression.getText() == null) ? null
						: expression.getText().getTextContent());
			}
		}
		else if (decision.getExpression() instanceof LiteralExpression literal && literal.getText() != null) {
			expressions.put("literal expression", literal.getText().getTextContent());
		}
		return expressions;
	}

	/** The variables an (FEEL or JUEL) expression reads: its names, less functions. */
	static Set<String> variablesOf(String expression) {
		String text = expression.trim();
		if ((text.startsWith("${") || text.startsWith("#{")) && text.endsWith("}")) {
			text = text.substring(2, text.length() - 1);
		}
		text = text.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ").replaceAll("'(?:[^'\\\\]|\\\\.)*'", " ");
		Set<String> variables = new TreeSet<>();
		Matcher name = IDENTIFIER.matcher(text);
		while (name.find()) {
			if (!EXPRESSION_KEYWORDS.contains(name.group(1))) {
				variables.add(name.group(1));
			}
		}
		return variables;
	}

	/**
	 * Rule 6: bpmnlint with the rules Camunda Modeler applies for Camunda 7.24, as
	 * tools/lint's {@code npm run lint} runs it. Skipped without node or without
	 * tools/lint/node_modules, unless CI=true.
	 */
	@Test
	void processesPassBpmnlint() throws IOException, InterruptedException {
		Path lint = Paths.get("tools", "lint");
		Path bpmnlint = lint.resolve(Paths.get("node_modules", ".bin", "bpmnlint"));
		String node = onPath("node");
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		String missing = (node == null) ? "node is not on the PATH"
				: !Files.isDirectory(lint.resolve("node_modules")) ? "tools/lint/node_modules does not exist"
						: !Files.exists(bpmnlint) ? "tools/lint/node_modules/.bin/bpmnlint does not exist" : null;
		if (missing != null) {
			if (ci) {
				fail("bpmnlint cannot run with CI=true: " + missing
						+ " (install Node.js, then: cd tools/lint && npm ci)");
			}
			Assumptions.abort("bpmnlint skipped: " + missing + " (cd tools/lint && npm ci to lint in the build)");
		}
		List<String> problems = new ArrayList<>();
		for (Path file : files("processes", ".bpmn")) {
			// As the "lint" script of tools/lint/package.json, from tools/lint: bpmnlint
			// resolves the camunda-compat plugin from its working directory.
			File output = File.createTempFile("bpmnlint", ".txt");
			try {
				ProcessBuilder command = new ProcessBuilder(node, "node_modules/.bin/bpmnlint", "--config",
						"../../.bpmnlintrc", "--max-warnings=0", "../../processes/" + file.getFileName())
					.directory(lint.toFile())
					.redirectErrorStream(true)
					.redirectOutput(output);
				command.environment().put("NO_COLOR", "1");
				command.environment().put("FORCE_COLOR", "0");
				java.lang.Process run = command.start();
				if (!run.waitFor(LINT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					run.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
					problems.add(name(file) + ": bpmnlint did not finish in " + LINT_TIMEOUT_SECONDS + " s");
					continue;
				}
				if (run.exitValue() != 0) {
					problems.add(name(file) + ": bpmnlint exited with " + run.exitValue() + ":\n"
							+ Files.readString(output.toPath(), StandardCharsets.UTF_8).strip());
				}
			}
			finally {
				Files.deleteIfExists(output.toPath());
			}
		}
		assertNoProblems("bpmnlint (Camunda 7.24 rules, .bpmnlintrc)", problems);
	}

	private static String onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String directory : path.split(File.pathSeparator)) {
			for (String candidate : List.of(program, program + ".exe", program + ".cmd")) {
				Path executable = Paths.get(directory.isEmpty() ? "." : directory, candidate);
				if (Files.isRegularFile(executable) && Files.isExecutable(executable)) {
					return executable.toAbsolutePath().toString();
				}
			}
		}
		return null;
	}

	private static List<Path> files(String directory, String extension) throws IOException {
		Path dir = Paths.get(directory);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(extension)).sorted().toList();
		}
	}

	private static List<DomElement> allElements(BpmnModelInstance model) {
		List<DomElement> elements = new ArrayList<>();
		List<DomElement> pending = new ArrayList<>(List.of(model.getDocument().getRootElement()));
		while (!pending.isEmpty()) {
			DomElement element = pending.remove(pending.size() - 1);
			elements.add(element);
			pending.addAll(element.getChildElements());
		}
		return elements;
	}

	private static String describe(ModelElementInstance element) {
		return describe(element.getDomElement());
	}

	private static String describe(DomElement element) {
		String prefix = BPMN_NS.equals(element.getNamespaceURI()) ? "bpmn:"
				: CAMUNDA_NS.equals(element.getNamespaceURI()) ? "camunda:" : "";
		StringBuilder description = new StringBuilder(prefix + element.getLocalName());
		String id = element.getAttribute("id");
		if (id != null) {
			description.append(' ').append(id);
		}
		String name = element.getAttribute("name");
		if (name != null && !name.isBlank()) {
			description.append(" (\"").append(name.replaceAll("\\s+", " ")).append("\")");
		}
		if (id == null) {
			DomElement parent = element.getParentElement();
			while (parent != null && parent.getAttribute("id") == null) {
				parent = parent.getParentElement();
			}
			if (parent != null) {
				description.append(" in ").append(describe(parent));
			}
		}
		return description.toString();
	}

	private static String describe(JsonNode component) {
		String type = component.hasNonNull("type") ? component.get("type").asText() : "component";
		String id = component.hasNonNull("id") ? component.get("id").asText() : null;
		String key = component.hasNonNull("key") ? component.get("key").asText() : null;
		String label = component.hasNonNull("label") ? component.get("label").asText() : null;
		StringBuilder description = new StringBuilder(type);
		description.append(id != null ? " " + id : key != null ? " key=" + key : "");
		if (label != null && !label.isBlank()) {
			description.append(" (\"").append(label).append("\")");
		}
		return description.toString();
	}

	private static List<String> quotedStrings(String text) {
		List<String> strings = new ArrayList<>();
		if (text != null) {
			Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(text);
			while (quoted.find()) {
				strings.add(quoted.group(1));
			}
		}
		return strings;
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "(none)";
	}

	private static String name(Path file) {
		return file.toString().replace(File.separatorChar, '/');
	}

	private static String messages(Throwable ex) {
		Set<String> messages = new LinkedHashSet<>();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				messages.add(cause.getMessage().strip());
			}
		}
		return messages.isEmpty() ? ex.toString() : String.join(": ", messages);
	}

	private static void assertNoProblems(String rule, List<String> problems) {
		if (!problems.isEmpty()) {
			fail(rule + ": " + problems.size() + " problem(s)\n  - " + String.join("\n  - ", problems));
		}
	}

}
