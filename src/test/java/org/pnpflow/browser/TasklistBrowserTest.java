package org.pnpflow.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pnpflow.ApiClient;
import org.pnpflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What an intake officer does in a real browser: signs into Tasklist, opens the intake
 * queue, finds the card of a new file, claims the task, reads the Camunda Form and
 * confirms the file complete; and sees the server's refusal when a file with an
 * outstanding item is confirmed complete.
 *
 * <p>
 * Runs Debian's headless Chromium ({@code apt-get install chromium chromium-driver}) with
 * the driver set explicitly, so Selenium Manager never runs and nothing is downloaded.
 * Without the browser the test is skipped, except in CI ({@code CI=true}), where it
 * fails. When it fails, a screenshot and the page source are saved under
 * {@code target/browser/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class TasklistBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path EVIDENCE = Path.of("target", "browser");

	private static final Duration UI_TIMEOUT = Duration.ofSeconds(20);

	private static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(30);

	private static final String CONFIRM_COMPLETENESS = "UserTask_ConfirmCompleteness";

	/**
	 * Checks for the browser before the application starts, so a machine without it skips
	 * the test (and CI fails it) in a second.
	 */
	@RegisterExtension
	static TestInstancePreConstructCallback browserCheck = (factory, context) -> requireBrowser();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	WebDriver browser;

	WebDriverWait wait;

	Path profile;

	@RegisterExtension
	AfterTestExecutionCallback evidenceOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			saveEvidence(context.getRequiredTestMethod().getName());
		}
	};

	private static void requireBrowser() {
		List<Path> missing = List.of(CHROMIUM, CHROMEDRIVER)
			.stream()
			.filter((path) -> !Files.isExecutable(path))
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		String message = "Browser tests need Debian's Chromium and its driver, missing here: " + missing
				+ ". Install them with: apt-get install -y chromium chromium-driver";
		if ("true".equals(System.getenv("CI"))) {
			fail(message + " (CI=true: the browser test must run in CI)");
		}
		assumeTrue(false, message);
	}

	@BeforeEach
	void startBrowser() throws IOException {
		// the driver path set explicitly: Selenium Manager is skipped, nothing is
		// downloaded
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		this.profile = Files.createTempDirectory("pnp-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--user-data-dir=" + this.profile, "--window-size=1600,1000",
				"--lang=en-US");
		this.browser = new ChromeDriver(options);
		// Tasklist redraws what it shows when it refreshes: look again
		this.wait = new WebDriverWait(this.browser, UI_TIMEOUT);
		this.wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	@Test
	void intakeOfficerConfirmsCompletenessInTasklist() {
		String incomplete = submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		String complete = submit(TestApplications.skilledWorker());
		Task refused = awaitTask(incomplete, CONFIRM_COMPLETENESS);
		Task task = awaitTask(complete, CONFIRM_COMPLETENESS);

		signIn("intake");
		openFilter("Intake queue");

		// a file with an outstanding item: the server refuses "Complete" and the user
		// reads why
		openTask(incomplete);
		claim();
		choose("Field_completenessDecision", "Complete: send acknowledgement");
		complete();
		String refusal = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert")))
			.getText();
		assertThat(refusal).contains("cannot be confirmed complete").contains("Job offer").doesNotContain("ENGINE-");
		assertThat(taskService().createTaskQuery().taskId(refused.getId()).singleResult()).as("refused task stays open")
			.isNotNull();
		dismissNotifications();

		// the complete file: its card, then claim, read the form and complete
		String priority = (String) this.engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "priority");
		assertThat(cardVariables(complete)).containsEntry("File", complete)
			.containsEntry("Stream", "Skilled Worker")
			.containsEntry("Priority", priority);
		openTask(complete);
		claim();
		By form = By.cssSelector(".task-card .fjs-form");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(form, "Chidinma Okafor"));
		assertThat(this.browser.findElement(form).getText()).contains("File " + complete).contains("Skilled Worker");
		assertThat(this.browser.findElement(By.cssSelector(".task-card .fjs-form table")).getText())
			.contains("Passport")
			.contains("Job offer");
		choose("Field_completenessDecision", "Complete: send acknowledgement");
		complete();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(complete)));

		HistoricTaskInstance done = new FluentWait<>(historyService()).withTimeout(ENGINE_TIMEOUT)
			.pollingEvery(Duration.ofMillis(200))
			.until((history) -> history.createHistoricTaskInstanceQuery()
				.taskId(task.getId())
				.finished()
				.singleResult());
		assertThat(done.getAssignee()).isEqualTo("intake");
		assertThat(done.getDeleteReason()).isEqualTo("completed");
		assertThat(historyService().createUserOperationLogQuery()
			.taskId(task.getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.userId("intake")
			.count()).as("completions of the task by intake in the operation log").isPositive();
		awaitTask(complete, "UserTask_RecordVerificationCall");
	}

	// --- the case, through the API and the engine

	private String submit(Map<String, Object> application) {
		ResponseEntity<JsonNode> response = this.rest.withBasicAuth("portal", ApiClient.PASSWORD)
			.postForEntity("/api/applications", application, JsonNode.class);
		assertThat(response.getStatusCode().value()).as("submission: %s", response.getBody()).isEqualTo(201);
		return response.getBody().get("fileNumber").asText();
	}

	/** Waits until the job executor has brought the file to the task. */
	private Task awaitTask(String fileNumber, String taskKey) {
		return new FluentWait<>(taskService()).withTimeout(ENGINE_TIMEOUT)
			.pollingEvery(Duration.ofMillis(200))
			.withMessage(() -> "no " + taskKey + " task for " + fileNumber + "; jobs: " + jobs())
			.until((tasks) -> tasks.createTaskQuery()
				.processInstanceBusinessKey(fileNumber)
				.taskDefinitionKey(taskKey)
				.singleResult());
	}

	private String jobs() {
		return this.engine.getManagementService()
			.createJobQuery()
			.list()
			.stream()
			.map(TasklistBrowserTest::describe)
			.collect(Collectors.joining("; "));
	}

	private static String describe(Job job) {
		return job.getProcessInstanceId() + " retries=" + job.getRetries()
				+ (job.getExceptionMessage() == null ? "" : " error=" + job.getExceptionMessage());
	}

	private TaskService taskService() {
		return this.engine.getTaskService();
	}

	private HistoryService historyService() {
		return this.engine.getHistoryService();
	}

	// --- Tasklist, in the browser

	private void signIn(String user) {
		// the engine of this test's application, by name: Tasklist's "default" may be
		// another test's engine in the same JVM
		this.browser.get("http://localhost:" + this.port + "/camunda/app/tasklist/" + this.engine.getName() + "/");
		WebElement username = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
		username.sendKeys(user);
		this.browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(ApiClient.PASSWORD);
		this.browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
	}

	private void openFilter(String name) {
		click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'task-filter')]"
				+ "//h4[contains(@class,'name')]/a[normalize-space(text())='" + name + "']"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By
			.xpath("//*[contains(@class,'task-filter') and contains(@class,'active')]//h4/a[normalize-space(text())='"
					+ name + "']")));
	}

	private static By taskLink(String fileNumber) {
		return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]"
				+ "/a[normalize-space(.)='Confirm completeness · " + fileNumber + "']");
	}

	/**
	 * The card of the file's task in the list (Tasklist redraws it when it refreshes).
	 */
	private static By card(String fileNumber) {
		return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4[contains(@class,'task')]"
				+ "/a[normalize-space(.)='Confirm completeness · " + fileNumber + "']]");
	}

	/** Opens the file's task from its card in the list. */
	private void openTask(String fileNumber) {
		click(taskLink(fileNumber));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2.task"),
				"Confirm completeness · " + fileNumber));
	}

	/**
	 * The variables the file's card shows, label to value, as the user reads them after
	 * "Show more" (a collapsed card shows two).
	 */
	private Map<String, String> cardVariables(String fileNumber) {
		return new WebDriverWait(this.browser, UI_TIMEOUT).ignoring(StaleElementReferenceException.class)
			.ignoring(ElementClickInterceptedException.class)
			.withMessage("the variables on the card of " + fileNumber
					+ " (the filter lists fileNumber, streamName and priority)")
			.until((driver) -> {
				WebElement card = driver.findElement(card(fileNumber));
				List<WebElement> items = card.findElements(By.cssSelector(".variable-item"));
				if (items.isEmpty()) {
					return null;
				}
				if (!card.findElement(By.cssSelector(".task-card-details"))
					.getDomAttribute("class")
					.contains("expanded")) {
					card.findElement(By.cssSelector(".task-card-details .shutter a")).click();
					return null;
				}
				Map<String, String> variables = new LinkedHashMap<>();
				for (WebElement item : items) {
					if (!item.isDisplayed()) {
						return null;
					}
					String label = item.findElement(By.cssSelector(".variable-label")).getText().trim();
					variables.put(label.replaceFirst(":$", ""),
							item.findElement(By.cssSelector(".variable-value")).getText().trim());
				}
				return variables;
			});
	}

	private void dismissNotifications() {
		By close = By.cssSelector(".page-notifications .alert button.close[ng-click^='removeNotification']");
		this.browser.findElements(close).forEach(WebElement::click);
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".page-notifications .alert"), 0));
	}

	private void claim() {
		By claim = By.cssSelector(".task-card button.claim");
		click(claim);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card .fjs-form")));
	}

	/** Chooses, by its label, an option of the form's radio field with this id. */
	private void choose(String fieldId, String label) {
		String option = "//*[contains(@class,'task-card')]//*[contains(@class,'fjs-form-field-radio')]"
				+ "//label[input[@type='radio' and contains(@id,'-" + fieldId
				+ "-')] and contains(normalize-space(.), '" + label + "')]";
		click(By.xpath(option));
		this.wait.until(ExpectedConditions.elementSelectionStateToBe(By.xpath(option + "/input"), true));
	}

	private void complete() {
		click(By.xpath("//*[contains(@class,'task-card')]//*[contains(@class,'form-actions')]"
				+ "//button[contains(@class,'btn-primary') and normalize-space(.)='Complete']"));
	}

	/** Clicks the element once it is there and enabled, again if Tasklist redrew it. */
	private void click(By locator) {
		this.wait.until((driver) -> {
			WebElement element = driver.findElement(locator);
			if (!element.isDisplayed() || !element.isEnabled()) {
				return false;
			}
			element.click();
			return true;
		});
	}

	private void saveEvidence(String name) {
		try {
			Files.createDirectories(EVIDENCE);
			Path screenshot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(screenshot, EVIDENCE.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(EVIDENCE.resolve(name + ".html"),
					"<!-- " + this.browser.getCurrentUrl() + " -->\n" + this.browser.getPageSource(),
					StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException unsaved) {
			System.err.println("Could not save the browser's evidence: " + unsaved);
		}
	}

}
