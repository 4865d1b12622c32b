package org.pnpflow.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pnpflow.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

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
class TasklistBrowserTest extends TasklistBrowserSupport {

	private static final String CONFIRM_COMPLETENESS = "UserTask_ConfirmCompleteness";

	@Test
	void intakeOfficerConfirmsCompletenessInTasklist() {
		String incomplete = submit(TestApplications.without(TestApplications.skilledWorker(), "JOB_OFFER"));
		String complete = submit(TestApplications.skilledWorker());
		Task refused = awaitTask(incomplete, CONFIRM_COMPLETENESS);
		Task task = awaitTask(complete, CONFIRM_COMPLETENESS);

		this.tasklist.signIn("intake");
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
		this.tasklist.dismissNotifications();

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

		HistoricTaskInstance done = new FluentWait<>(historyService()).withTimeout(TasklistBrowser.ENGINE_TIMEOUT)
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
		return TasklistBrowser.submit(this.rest, application);
	}

	private Task awaitTask(String fileNumber, String taskKey) {
		return TasklistBrowser.awaitTask(this.engine, fileNumber, taskKey);
	}

	private TaskService taskService() {
		return this.engine.getTaskService();
	}

	private HistoryService historyService() {
		return this.engine.getHistoryService();
	}

	// --- Tasklist, in the browser

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
		return new WebDriverWait(this.browser, TasklistBrowser.UI_TIMEOUT)
			.ignoring(StaleElementReferenceException.class)
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

	private void click(By locator) {
		this.tasklist.click(locator);
	}

}
