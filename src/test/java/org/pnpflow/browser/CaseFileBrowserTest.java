package org.pnpflow.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.pnpflow.ApiClient;
import org.pnpflow.TestApplications;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file and the team's work in a real browser: an officer reads a file from the
 * "Case file" tab of a Tasklist task (documents, timeline, a note added by keyboard) and
 * sees its number on the task card; a manager gives two tasks to another officer on the
 * team page and the officer finds them in Tasklist; the case file page, found by a search
 * made by keyboard alone, in French. Every view passes axe-core with no serious or
 * critical violation.
 */
class CaseFileBrowserTest extends TasklistBrowserSupport {

	private static final String CALL = "UserTask_RecordVerificationCall";

	@Autowired
	AuditTrail audit;

	@Test
	void anOfficerReadsTheCaseFileOfATaskInItsTabAndAddsANote() {
		String file = atOfficers(TestApplications.skilledWorker());
		upload(file, "PROOF_OF_FUNDS", "funds.pdf");

		this.tasklist.signIn("officer");
		openFilter("Officers queue");
		WebElement card = this.wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pnp-card[data-file='" + file + "']")));
		assertThat(card.getText()).contains(file);
		openTask("Record verification call · " + file);
		this.tasklist.click(By.xpath("//*[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]"
				+ "//a[normalize-space(.)='Case file']"));
		WebElement view = this.wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pnp-case[data-file='" + file + "']")));

		// the documents, with a download that works with Tasklist's session
		WebElement documents = view.findElement(By.cssSelector("[data-part='documents']"));
		assertThat(documents.getText()).contains("Passport", "Job offer", "Proof of settlement funds");
		WebElement download = documents.findElement(By.linkText("Download funds.pdf"));
		assertThat(fetch(download.getDomAttribute("href"))).isEqualTo("200 application/pdf");
		// the timeline: the steps of the case, newest first (the oldest, its receipt,
		// last)
		List<String> steps = view.findElements(By.cssSelector(".pnp-timeline li[data-kind='STEP']"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(steps).anySatisfy((step) -> assertThat(step).contains("Record verification call").contains("open"));
		assertThat(steps).anySatisfy((step) -> assertThat(step).contains("Confirm completeness").contains("done"));
		assertThat(steps.get(steps.size() - 1)).contains("Application received");
		assertThat(view.findElement(By.cssSelector("[data-part='tasks']")).getText())
			.contains("Record verification call · " + file);

		// a note, by keyboard: the topic, Tab to the text, Tab to the button, Enter
		WebElement topic = view.findElement(By.cssSelector(".pnp-note-form input[name='topic']"));
		topic.sendKeys("Phone call");
		topic.sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getDomAttribute("name")).isEqualTo("body");
		focused.sendKeys("The employer confirmed the start date by phone.");
		focused.sendKeys(Keys.TAB);
		this.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pnp-note-form .pnp-status"),
				"Note added."));
		assertThat(view.findElement(By.cssSelector(".pnp-notes")).getText()).contains("Phone call")
			.contains("The employer confirmed the start date by phone.");

		assertThat(this.tasklist.accessibilityViolations(".pnp-case", ".pnp-card", ".pnp-navbar")).isEmpty();
		assertThat(this.audit.ofFile(file)).anySatisfy((entry) -> {
			assertThat(entry.getAction()).isEqualTo(AuditAction.CASE_FILE_OPENED);
			assertThat(entry.getActor()).isEqualTo("officer");
			assertThat(entry.getDetail()).contains("through Tasklist");
		});

		// "Next file" in Tasklist's header claims the queue's first unassigned task (not
		// this one, which the officer holds now) and opens it
		String shown = TasklistBrowser.awaitTask(this.engine, file, CALL).getId();
		this.engine.getIdentityService().setAuthentication("officer", List.of("officers"));
		try {
			this.engine.getTaskService().claim(shown, "officer");
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
		atOfficers(TestApplications.skilledWorker());
		this.tasklist.click(By.cssSelector(".pnp-navbar button.pnp-next-file"));
		String said = this.wait.until(ExpectedConditions.textMatches(By.cssSelector(".pnp-navbar .pnp-nav-status"),
				java.util.regex.Pattern.compile(".+ is now yours\\.")))
						? this.browser.findElement(By.cssSelector(".pnp-navbar .pnp-nav-status")).getText() : "";
		String name = said.substring(0, said.length() - " is now yours.".length());
		assertThat(name).startsWith("Record verification call · ").isNotEqualTo("Record verification call · " + file);
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector(".task-card h2.task"), name));
		assertThat(this.engine.getTaskService().createTaskQuery().taskName(name).singleResult().getAssignee())
			.isEqualTo("officer");
	}

	@Test
	void aManagerGivesTwoTasksToAnotherOfficerAndTheyMoveToThatOfficer() {
		String first = atOfficers(TestApplications.skilledWorker());
		String second = atOfficers(TestApplications.skilledWorker());
		Task one = TasklistBrowser.awaitTask(this.engine, first, CALL);
		Task two = TasklistBrowser.awaitTask(this.engine, second, CALL);

		this.browser.get("http://localhost:" + this.port + "/team/");
		signInOnPage("manager");
		this.tasklist.click(By.cssSelector("button[data-queue='officers']"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".pnp-queue[data-queue='officers'] tr[data-task='" + one.getId() + "']")));
		// by keyboard: Space on each box, the officer chosen with the arrow keys, Enter
		for (Task task : List.of(one, two)) {
			WebElement box = this.browser
				.findElement(By.cssSelector("tr[data-task='" + task.getId() + "'] input[type='checkbox']"));
			box.sendKeys(Keys.SPACE);
			assertThat(box.isSelected()).isTrue();
		}
		Select to = new Select(this.browser.findElement(By.cssSelector(".pnp-reassign select")));
		to.selectByValue("officer2");
		this.browser.findElement(By.cssSelector(".pnp-reassign button[type='submit']")).sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main > .pnp-status"),
				"2 task(s) given to officer2."));
		this.wait.until((driver) -> assigneeShown(one).equals("officer2") && assigneeShown(two).equals("officer2"));
		assertThat(this.tasklist.accessibilityViolations()).isEmpty();
		TaskService tasks = this.engine.getTaskService();
		assertThat(tasks.createTaskQuery().taskId(one.getId()).singleResult().getAssignee()).isEqualTo("officer2");
		assertThat(tasks.createTaskQuery().taskId(two.getId()).singleResult().getAssignee()).isEqualTo("officer2");

		// officer2 finds them in "My tasks"
		this.browser.manage().deleteAllCookies();
		this.tasklist.signIn("officer2");
		openFilter("My tasks");
		for (String file : List.of(first, second)) {
			this.wait
				.until(ExpectedConditions.visibilityOfElementLocated(taskLink("Record verification call · " + file)));
		}
	}

	@Test
	void theCaseFilePageFoundAndReadByKeyboardInFrench() throws Exception {
		this.tasklist.close();
		this.tasklist = TasklistBrowser.start(this.port, this.engine, "fr-CA");
		this.browser = this.tasklist.driver();
		this.wait = this.tasklist.waiting();
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> applicant = (Map<String, Object>) application.get("applicant");
		String family = "Tremblay" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
		applicant.put("familyName", family);
		String file = atOfficers(application);

		// Tasklist in French: the tab is "Dossier"
		this.tasklist.signIn("officer");
		openFilter("Officers queue");
		openTask("Record verification call · " + file);
		this.tasklist.click(By.xpath("//*[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]"
				+ "//a[normalize-space(.)='Dossier']"));
		WebElement tab = this.wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pnp-case[data-file='" + file + "']")));
		assertThat(tab.getText()).contains("Dossier " + file, "Tâches ouvertes", "Chronologie");
		assertThat(this.tasklist.accessibilityViolations(".pnp-case")).isEmpty();

		// the case file page, same session: a search by name made with the keyboard
		this.browser.get("http://localhost:" + this.port + "/case-files/");
		WebElement by = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("select[name='by']")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dossiers");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		by.sendKeys(Keys.ARROW_DOWN);
		assertThat(new Select(by).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("NAME");
		by.sendKeys(Keys.TAB);
		WebElement query = this.browser.switchTo().activeElement();
		assertThat(query.getDomAttribute("name")).isEqualTo("q");
		query.sendKeys(family, Keys.ENTER);
		WebElement result = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[data-file='" + file + "']")));
		assertThat(this.browser.findElement(By.cssSelector(".pnp-status")).getText())
			.isEqualTo("1 dossier(s) trouvé(s).");
		assertThat(this.tasklist.accessibilityViolations()).isEmpty();
		result.sendKeys(Keys.ENTER);
		WebElement heading = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".pnp-case[data-file='" + file + "'] h2")));
		assertThat(heading.getText()).isEqualTo("Dossier " + file);
		assertThat(this.browser.switchTo().activeElement()).as("the file's title has the focus").isEqualTo(heading);
		assertThat(this.browser.findElement(By.cssSelector("[data-part='parties']")).getText()).contains(family);
		assertThat(this.tasklist.accessibilityViolations()).isEmpty();
		// the check does find what it should: a button without a name
		((JavascriptExecutor) this.browser)
			.executeScript("document.querySelector('main').appendChild(document.createElement('button'));");
		assertThat(this.tasklist.accessibilityViolations())
			.anySatisfy((violation) -> assertThat(violation).startsWith("button-name (critical)"));
		assertThat(this.audit.ofFile(file)).anySatisfy((entry) -> {
			assertThat(entry.getAction()).isEqualTo(AuditAction.CASE_FILE_SEARCH);
			assertThat(entry.getDetail()).contains(family);
		});
	}

	// --- the case, through the API and the engine

	/**
	 * Submitted, confirmed complete by intake: the officers' verification call is open.
	 */
	private String atOfficers(Map<String, Object> application) {
		String file = TasklistBrowser.submit(this.rest, application);
		Task completeness = TasklistBrowser.awaitTask(this.engine, file, "UserTask_ConfirmCompleteness");
		TaskService tasks = this.engine.getTaskService();
		this.engine.getIdentityService().setAuthentication("intake", List.of("intake"));
		try {
			tasks.claim(completeness.getId(), "intake");
			tasks.complete(completeness.getId(), Map.of("completenessDecision", "COMPLETE"));
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
		TasklistBrowser.awaitTask(this.engine, file, CALL);
		return file;
	}

	private void upload(String file, String documentType, String fileName) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(ApiClient.pdf()) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		form.add("documentType", documentType);
		form.add("issuedOn", java.time.LocalDate.now().minusDays(10).toString());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<JsonNode> uploaded = this.rest.withBasicAuth("portal", ApiClient.PASSWORD)
			.postForEntity("/api/applications/" + file + "/documents", new HttpEntity<>(form, headers), JsonNode.class);
		assertThat(uploaded.getStatusCode().value()).as("upload: %s", uploaded.getBody()).isEqualTo(201);
	}

	// --- the browser

	private void openFilter(String name) {
		this.tasklist.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'task-filter')]"
				+ "//h4[contains(@class,'name')]/a[normalize-space(text())='" + name + "']"));
	}

	private static By taskLink(String taskName) {
		return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]"
				+ "/a[normalize-space(.)='" + taskName + "']");
	}

	private void openTask(String taskName) {
		this.tasklist.click(taskLink(taskName));
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2.task"), taskName));
	}

	private void signInOnPage(String user) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
			.sendKeys(user);
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys(ApiClient.PASSWORD, Keys.ENTER);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button[data-queue]")));
	}

	private String assigneeShown(Task task) {
		List<WebElement> cells = this.browser.findElements(By.cssSelector("tr[data-task='" + task.getId() + "'] td"));
		// select, task, file, assignee, due, priority
		return cells.size() > 3 ? cells.get(3).getText() : "";
	}

	/** The status and type a fetch of the address gets in the page, with its session. */
	private String fetch(String address) {
		return new FluentWait<>((JavascriptExecutor) this.browser).withTimeout(Duration.ofSeconds(20))
			.until((script) -> (String) script.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
					+ " done(r.status + ' ' + r.headers.get('Content-Type')); }, function (e) { done('failed ' + e); });",
					address));
	}

}
