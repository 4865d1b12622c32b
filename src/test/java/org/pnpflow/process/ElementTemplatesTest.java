package org.pnpflow.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.pnpflow.casefile.Outcome;
import org.pnpflow.letters.LetterType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The element templates in {@code processes/.camunda/element-templates} (what analysts
 * pick in Camunda Modeler) agree with the code: each names a {@link JavaDelegate} bean,
 * sets only inputs the delegates read, offers only values the delegates accept, and every
 * delegate the diagrams use has its template.
 */
@SpringBootTest
@ActiveProfiles("test")
class ElementTemplatesTest {

	static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");

	static final Path PROCESSES = Path.of("processes");

	static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

	static final String DELEGATE_EXPRESSION = "camunda:delegateExpression";

	static final String ASYNC_BEFORE = "camunda:asyncBefore";

	static final String INPUT_PARAMETER = "camunda:inputParameter";

	final ObjectMapper json = new ObjectMapper();

	@Autowired
	ApplicationContext context;

	@Test
	void everyTemplateSetsAJavaDelegateBeanAndAsyncBefore() throws IOException {
		Set<String> ids = new HashSet<>();
		for (Template template : templates()) {
			JsonNode root = template.json();
			assertThat(root.path("$schema").asText()).as("$schema of %s", template)
				.isEqualTo("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json");
			assertThat(root.path("name").asText()).as("name of %s", template).isNotBlank();
			assertThat(root.path("description").asText()).as("description of %s", template).isNotBlank();
			assertThat(root.path("version").isInt()).as("version of %s", template).isTrue();
			assertThat(ids.add(root.path("id").asText() + "@" + root.path("version").asInt()))
				.as("id and version of %s are unique", template)
				.isTrue();
			assertThat(texts(root.path("appliesTo"))).as("appliesTo of %s", template).contains("bpmn:ServiceTask");

			String bean = template.bean();
			assertThat(template.file().getFileName().toString()).as("file name of the template for ${%s}", bean)
				.isEqualTo(bean + ".json");
			assertThat(this.context.containsBean(bean)).as("%s names bean %s, which does not exist", template, bean)
				.isTrue();
			assertThat(this.context.getBean(bean)).as("bean %s of %s", bean, template).isInstanceOf(JavaDelegate.class);

			JsonNode async = template.property(ASYNC_BEFORE);
			assertThat(async).as("%s sets %s", template, ASYNC_BEFORE).isNotNull();
			assertThat(async.path("type").asText()).as("%s of %s", ASYNC_BEFORE, template).isEqualTo("Hidden");
			assertThat(async.path("value").asText()).as("%s of %s", ASYNC_BEFORE, template).isEqualTo("true");
		}
	}

	@Test
	void inputParametersAreTheInputsTheDelegatesRead() throws Exception {
		Set<String> inputs = delegateInputs();
		for (Template template : templates()) {
			for (JsonNode property : template.inputParameters()) {
				assertThat(property.path("binding").path("name").asText())
					.as("input parameter of %s (the inputs the delegates read are ProcessVariables.%s)", template,
							inputs)
					.isIn(inputs);
			}
		}
	}

	@Test
	void dropdownsOfferExactlyTheValuesTheDelegatesAccept() throws Exception {
		Map<String, Set<String>> accepted = new LinkedHashMap<>();
		accepted.put(constant("LETTER_TYPE"), names(Arrays.stream(LetterType.values())));
		accepted.put(constant("DECISION_OUTCOME"), names(Arrays.stream(Outcome.values()).filter(Outcome::isDecision)));
		accepted.put(constant("CLOSURE_OUTCOME"),
				names(Arrays.stream(Outcome.values()).filter((outcome) -> !outcome.isDecision())));
		Set<String> offered = new HashSet<>();
		for (Template template : templates()) {
			for (JsonNode property : template.inputParameters()) {
				String input = property.path("binding").path("name").asText();
				assertThat(property.path("type").asText()).as("%s of %s", input, template).isEqualTo("Dropdown");
				assertThat(property.path("constraints").path("notEmpty").asBoolean())
					.as("%s of %s is required (constraints.notEmpty)", input, template)
					.isTrue();
				List<String> choices = new ArrayList<>();
				property.path("choices").forEach((choice) -> {
					assertThat(choice.path("name").asText()).as("label of %s in %s", choice, template).isNotBlank();
					choices.add(choice.path("value").asText());
				});
				assertThat(choices).as("choices of %s in %s", input, template)
					.doesNotHaveDuplicates()
					.containsExactlyInAnyOrderElementsOf(accepted.get(input));
				offered.add(input);
			}
		}
		assertThat(offered).as("inputs offered as a dropdown in some template").isEqualTo(accepted.keySet());
	}

	@Test
	void everyDelegateTheDiagramsUseHasATemplateTheyAgreeWith() throws IOException {
		Map<String, Template> byExpression = new LinkedHashMap<>();
		for (Template template : templates()) {
			byExpression.put(template.delegateExpression(), template);
		}
		List<Path> diagrams;
		try (Stream<Path> files = Files.list(PROCESSES)) {
			diagrams = files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
		assertThat(diagrams).isNotEmpty();
		Set<String> used = new TreeSet<>();
		for (Path diagram : diagrams) {
			BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
			for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
				String expression = task.getCamundaDelegateExpression();
				if (expression == null) {
					continue;
				}
				used.add(expression);
				Template template = byExpression.get(expression);
				assertThat(template)
					.as("%s in %s uses %s, which has no element template in %s", task.getId(), diagram, expression,
							TEMPLATES)
					.isNotNull();
				assertThat(task.isCamundaAsyncBefore())
					.as("%s in %s is asyncBefore like its template %s", task.getId(), diagram, template)
					.isTrue();
				Map<String, String> inputs = inputParameters(task);
				for (JsonNode property : template.inputParameters()) {
					String name = property.path("binding").path("name").asText();
					Set<String> choices = new HashSet<>();
					property.path("choices").forEach((choice) -> choices.add(choice.path("value").asText()));
					assertThat(inputs.get(name))
						.as("input %s of %s in %s is one of the choices of its template %s", name, task.getId(),
								diagram, template)
						.isIn(choices);
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(byExpression.keySet()).as("templates in %s", TEMPLATES).containsAll(used);
	}

	List<Template> templates() throws IOException {
		List<Path> files;
		try (Stream<Path> paths = Files.list(TEMPLATES)) {
			files = paths.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
		assertThat(files).as("element templates in %s", TEMPLATES).isNotEmpty();
		List<Template> templates = new ArrayList<>();
		for (Path file : files) {
			JsonNode root = this.json.readTree(file.toFile());
			assertThat(root.isObject()).as("%s holds one template", file).isTrue();
			templates.add(new Template(file, root));
		}
		return templates;
	}

	/**
	 * The inputs the delegates read with {@code getVariableLocal}, by the names of their
	 * constants: a renamed constant fails here.
	 */
	static Set<String> delegateInputs() throws Exception {
		return Set.of(constant("LETTER_TYPE"), constant("CLOSURE_OUTCOME"), constant("DECISION_OUTCOME"));
	}

	static String constant(String name) throws ReflectiveOperationException {
		return (String) ProcessVariables.class.getField(name).get(null);
	}

	static Set<String> names(Stream<? extends Enum<?>> values) {
		return values.map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	static Map<String, String> inputParameters(ServiceTask task) {
		Map<String, String> inputs = new LinkedHashMap<>();
		ExtensionElements extensions = task.getExtensionElements();
		if (extensions == null) {
			return inputs;
		}
		for (CamundaInputOutput io : extensions.getElementsQuery().filterByType(CamundaInputOutput.class).list()) {
			for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
				inputs.put(parameter.getCamundaName(), parameter.getTextContent().strip());
			}
		}
		return inputs;
	}

	record Template(Path file, JsonNode json) {

		/** The property bound to the given attribute of the task, or null. */
		JsonNode property(String attribute) {
			for (JsonNode property : this.json.path("properties")) {
				JsonNode binding = property.path("binding");
				if ("property".equals(binding.path("type").asText())
						&& attribute.equals(binding.path("name").asText())) {
					return property;
				}
			}
			return null;
		}

		String delegateExpression() {
			JsonNode property = property(DELEGATE_EXPRESSION);
			assertThat(property).as("%s sets %s", this, DELEGATE_EXPRESSION).isNotNull();
			assertThat(property.path("type").asText()).as("%s of %s", DELEGATE_EXPRESSION, this).isEqualTo("Hidden");
			return property.path("value").asText();
		}

		String bean() {
			Matcher matcher = BEAN_EXPRESSION.matcher(delegateExpression());
			assertThat(matcher.matches()).as("%s of %s is ${beanName}", DELEGATE_EXPRESSION, this).isTrue();
			return matcher.group(1);
		}

		List<JsonNode> inputParameters() {
			List<JsonNode> inputs = new ArrayList<>();
			for (JsonNode property : this.json.path("properties")) {
				if (INPUT_PARAMETER.equals(property.path("binding").path("type").asText())) {
					inputs.add(property);
				}
			}
			return inputs;
		}

		@Override
		public String toString() {
			return this.file.toString();
		}

	}

}
