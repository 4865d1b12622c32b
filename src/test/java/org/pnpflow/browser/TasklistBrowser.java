package org.pnpflow.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the browser tests share: Debian's headless Chromium with its driver set explicitly
 * (Selenium Manager never runs, nothing is downloaded), signing into the Tasklist of the
 * test's engine, clicking what Tasklist redraws, its notifications, the evidence saved
 * under {@code target/browser/} when a test fails; and, on the engine's side, a file
 * submitted through the API and waiting for the job executor to bring it to a task.
 */
final class TasklistBrowser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path EVIDENCE = Path.of("target", "browser");

	static final Duration UI_TIMEOUT = Duration.ofSeconds(20);

	static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(30);

	static final By NOTIFICATIONS = By.cssSelector(".page-notifications .alert");

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final Path profile;

	private final String tasklistUrl;

	private TasklistBrowser(WebDriver driver, Path profile, String tasklistUrl) {
		this.driver = driver;
		this.profile = profile;
		this.tasklistUrl = tasklistUrl;
		// Tasklist redraws what it shows when it refreshes: look again
		this.wait = new WebDriverWait(driver, UI_TIMEOUT);
		this.wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
	}

	/**
	 * Skips the test when Debian's Chromium or its driver is missing, except in CI
	 * ({@code CI=true}), where it fails. Called before the application starts, so a
	 * machine without the browser skips the test in a second.
	 */
	static void requireBrowser() {
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

	/**
	 * Starts headless Chromium for the Tasklist of this engine, by name: Tasklist's
	 * "default" may be another test's engine in the same JVM.
	 */
	static TasklistBrowser start(int port, ProcessEngine engine) throws IOException {
		return start(port, engine, "en-US");
	}

	/**
	 * Starts headless Chromium whose preferred language is {@code language} (fr-CA shows
	 * Tasklist and our pages in French).
	 */
	static TasklistBrowser start(int port, ProcessEngine engine, String language) throws IOException {
		// the driver path set explicitly: Selenium Manager is skipped, nothing is
		// downloaded
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		Path profile = Files.createTempDirectory("pnp-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--user-data-dir=" + profile, "--window-size=1600,1000",
				"--lang=" + language);
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", profile.resolve("downloads").toString(),
						"download.prompt_for_download", false, "intl.accept_languages", language));
		try {
			return new TasklistBrowser(new ChromeDriver(options), profile,
					"http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/");
		}
		catch (RuntimeException notStarted) {
			FileSystemUtils.deleteRecursively(profile.toFile());
			throw notStarted;
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	/** Where the browser saves what it downloads. */
	Path downloads() {
		return this.profile.resolve("downloads");
	}

	/** Waits up to {@link #UI_TIMEOUT}, looking again when Tasklist redrew the page. */
	WebDriverWait waiting() {
		return this.wait;
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	void signIn(String user) {
		this.driver.get(this.tasklistUrl);
		WebElement username = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
		username.sendKeys(user);
		this.driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(ApiClient.PASSWORD);
		this.driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
	}

	/** Clicks the element once it is there and enabled, again if Tasklist redrew it. */
	void click(By locator) {
		this.wait.until((driver) -> {
			WebElement element = driver.findElement(locator);
			if (!element.isDisplayed() || !element.isEnabled()) {
				return false;
			}
			element.click();
			return true;
		});
	}

	/** Closes the notifications Tasklist shows at the top of the page. */
	void dismissNotifications() {
		By close = By.cssSelector(".page-notifications .alert button.close[ng-click^='removeNotification']");
		this.driver.findElements(close).forEach(WebElement::click);
		this.wait.until(ExpectedConditions.numberOfElementsToBe(NOTIFICATIONS, 0));
	}

	/** Saves a screenshot and the page source as {@code target/browser/<name>.*}. */
	void saveEvidence(String name) {
		try {
			Files.createDirectories(EVIDENCE);
			Path screenshot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(screenshot, EVIDENCE.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(EVIDENCE.resolve(name + ".html"),
					"<!-- " + this.driver.getCurrentUrl() + " -->\n" + this.driver.getPageSource(),
					StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException unsaved) {
			System.err.println("Could not save the browser's evidence: " + unsaved);
		}
	}

	/**
	 * The serious and critical accessibility violations axe-core finds in the parts of
	 * the page the selectors name (the whole page without any), one line each: the rule,
	 * its impact and the elements at fault. axe-core comes from the test classpath;
	 * nothing is downloaded.
	 */
	List<String> accessibilityViolations(String... selectors) {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe !== 'undefined';"))) {
			script.executeScript(axeSource());
		}
		Object context = selectors.length == 0 ? "document" : "{include: "
				+ java.util.Arrays.stream(selectors).map((selector) -> "['" + selector + "']").toList() + "}";
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) script
			.executeAsyncScript("var done = arguments[arguments.length - 1];" + "axe.run(" + context
					+ ", {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
					+ "return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {"
					+ " return n.target.join(' '); })}; })); }, function (e) { done([{id: 'axe-error', impact:"
					+ " 'critical', help: String(e), nodes: []}]); });");
		return violations.stream()
			.filter((violation) -> "serious".equals(violation.get("impact"))
					|| "critical".equals(violation.get("impact")))
			.map((violation) -> violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
					+ " at " + violation.get("nodes"))
			.toList();
	}

	private static String axeSource() {
		try (var in = TasklistBrowser.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- the case, through the API and the engine

	/** Submits the application through the portal's API; its file number. */
	static String submit(TestRestTemplate rest, Map<String, Object> application) {
		ResponseEntity<JsonNode> response = rest.withBasicAuth("portal", ApiClient.PASSWORD)
			.postForEntity("/api/applications", application, JsonNode.class);
		assertThat(response.getStatusCode().value()).as("submission: %s", response.getBody()).isEqualTo(201);
		return response.getBody().get("fileNumber").asText();
	}

	/** Waits until the job executor has brought the file to the task. */
	static Task awaitTask(ProcessEngine engine, String fileNumber, String taskKey) {
		return new FluentWait<>(engine.getTaskService()).withTimeout(ENGINE_TIMEOUT)
			.pollingEvery(Duration.ofMillis(200))
			.withMessage(() -> "no " + taskKey + " task for " + fileNumber + "; jobs: " + jobs(engine))
			.until((tasks) -> tasks.createTaskQuery()
				.processInstanceBusinessKey(fileNumber)
				.taskDefinitionKey(taskKey)
				.singleResult());
	}

	private static String jobs(ProcessEngine engine) {
		return engine.getManagementService()
			.createJobQuery()
			.list()
			.stream()
			.map(TasklistBrowser::describe)
			.collect(Collectors.joining("; "));
	}

	private static String describe(Job job) {
		return job.getProcessInstanceId() + " retries=" + job.getRetries()
				+ (job.getExceptionMessage() == null ? "" : " error=" + job.getExceptionMessage());
	}

}
