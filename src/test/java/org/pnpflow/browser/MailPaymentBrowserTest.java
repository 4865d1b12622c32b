package org.pnpflow.browser;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.pnpflow.CaseDriver;
import org.pnpflow.TestApplications;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.fees.Payment;
import org.pnpflow.fees.PaymentMethod;
import org.pnpflow.fees.PaymentRepository;
import org.pnpflow.process.ProgramClock;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an intake officer does in a real browser with a payment that came by mail: opens
 * Tasklist's Start process, picks "Record a payment", fills its Camunda Form and starts
 * it. A file number that does not exist is refused with the server's sentence, shown in
 * the start dialog, and nothing is written; the right one records the payment as the
 * signed-in user and the file waiting for its balance goes on.
 *
 * <p>
 * Same browser and application as {@link TasklistBrowserTest} (see
 * {@link TasklistBrowser}): skipped without Debian's Chromium except in CI, evidence
 * under {@code target/browser/} when it fails.
 */
class MailPaymentBrowserTest extends TasklistBrowserSupport {

	private static final String UNKNOWN_FILE = "PNP-1999-000001";

	/** The start dialog, once a process is picked; its notifications are its own. */
	private static final String DIALOG = "//div[contains(@class,'modal-content')]";

	private static final By DIALOG_NOTIFICATIONS = By.cssSelector(".modal-content [notifications-panel] .alert");

	/**
	 * flatpickr reads what is typed month first, as the placeholder (mm/dd/yyyy) says,
	 * and shows it back without leading zeros (12/6/2026): typed that way, the field
	 * shows what was typed on every day of the month.
	 */
	private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

	@Autowired
	PaymentRepository payments;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	ProgramClock clock;

	@Test
	void intakeRecordsAPaymentThatCameByMailFromStartProcess() {
		String file = awaitingBalance();
		Long applicationId = this.files.findByFileNumber(new FileNumber(file)).orElseThrow().getId();
		String reference = "MO-" + file + "-" + System.currentTimeMillis();
		int paymentsBefore = paymentsOf(applicationId).size();

		this.tasklist.signIn("intake");
		openStartForm("Record a payment");
		assertThat(this.browser.findElement(By.cssSelector(".modal-content .fjs-form")).getText())
			.contains("Record a payment that arrived by mail or at the counter");

		// a file that does not exist: the dialog stays open with the server's sentence
		select("Field_paymentMethod", "Money order");
		date("Field_paymentReceivedOn", this.clock.today().format(TYPED_DATE));
		Map<String, String> texts = Map.of("Field_fileNumber", UNKNOWN_FILE, "Field_paymentAmount", "500",
				"Field_paymentReference", reference);
		texts.forEach(this::type);
		start(texts, DIALOG_NOTIFICATIONS);
		String refusal = this.wait.until(ExpectedConditions.visibilityOfElementLocated(DIALOG_NOTIFICATIONS)).getText();
		assertThat(refusal).contains("The process could not be started.")
			.contains("There is no file " + UNKNOWN_FILE + ".")
			.doesNotContain("ENGINE-")
			.doesNotContain("Exception");
		assertThat(this.browser.findElement(By.cssSelector(".modal-content .modal-title")).getText())
			.as("the dialog stays open on the form")
			.isEqualTo("Start process: Record a payment");
		assertThat(this.payments.findByKindAndReference(Payment.Kind.PAYMENT, reference)).as("refused payment")
			.isEmpty();
		assertThat(paymentsOf(applicationId)).as("payments of %s after the refusal", file).hasSize(paymentsBefore);
		assertThat(this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey("RecordPaymentProcess")
			.processInstanceBusinessKey(file)
			.count()).as("payments recorded from Start process for %s", file).isZero();
		this.tasklist.click(By
			.cssSelector(".modal-content [notifications-panel] .alert button.close[ng-click^='removeNotification']"));
		this.wait.until(ExpectedConditions.numberOfElementsToBe(DIALOG_NOTIFICATIONS, 0));

		// the right file, the rest of the form as it was: started, the dialog closes
		type("Field_fileNumber", file);
		start(Map.of("Field_fileNumber", file, "Field_paymentAmount", "500", "Field_paymentReference", reference),
				TasklistBrowser.NOTIFICATIONS);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
		assertThat(
				this.wait.until(ExpectedConditions.visibilityOfElementLocated(TasklistBrowser.NOTIFICATIONS)).getText())
			.contains("The process has been started.");

		Payment recorded = this.payments.findByKindAndReference(Payment.Kind.PAYMENT, reference).orElseThrow();
		assertThat(recorded.getApplicationId()).isEqualTo(applicationId);
		assertThat(recorded.getRecordedBy()).isEqualTo("intake");
		assertThat(recorded.getMethod()).isEqualTo(PaymentMethod.MONEY_ORDER);
		assertThat(recorded.getAmount()).isEqualByComparingTo("500.00");
		assertThat(recorded.getCurrency()).isEqualTo("CAD");
		assertThat(recorded.getReceivedAt().atZone(this.clock.zone()).toLocalDate()).isEqualTo(this.clock.today());
		assertThat(paymentsOf(applicationId)).hasSize(paymentsBefore + 1);
		TasklistBrowser.awaitTask(this.engine, file, "UserTask_ConfirmCompleteness");
	}

	// --- the case, through the API and the engine

	/**
	 * An application paid 1000.00 of 1500.00, whose balance intake requested: the file
	 * waits for the payment.
	 */
	private String awaitingBalance() {
		Map<String, Object> application = TestApplications.skilledWorker();
		@SuppressWarnings("unchecked")
		Map<String, Object> payment = (Map<String, Object>) application.get("payment");
		payment.put("amount", "1000.00");
		String file = TasklistBrowser.submit(this.rest, application);
		Task variance = TasklistBrowser.awaitTask(this.engine, file, "UserTask_ResolveFeeVariance");
		// as CaseDriver.complete does, without running the jobs: the job executor does
		new CaseDriver(this.engine).as("intake", () -> {
			TaskService tasks = this.engine.getTaskService();
			tasks.claim(variance.getId(), "intake");
			tasks.complete(variance.getId(),
					Variables.createVariables().putValue("feeResolution", "BALANCE_REQUESTED"));
		});
		new FluentWait<>(this.engine.getRuntimeService()).withTimeout(TasklistBrowser.ENGINE_TIMEOUT)
			.pollingEvery(Duration.ofMillis(200))
			.withMessage(() -> file + " is not waiting for its balance")
			.until((runtime) -> {
				List<Execution> waiting = runtime.createExecutionQuery()
					.processInstanceBusinessKey(file)
					.activityId("ReceiveTask_AwaitBalancePayment")
					.list();
				return waiting.isEmpty() ? null : waiting;
			});
		return file;
	}

	private List<Payment> paymentsOf(Long applicationId) {
		return this.payments.findByApplicationIdOrderByReceivedAtAsc(applicationId);
	}

	// --- Tasklist's Start process, in the browser

	/** Start process, then the process by its name: its start form in the dialog. */
	private void openStartForm(String processName) {
		this.tasklist.click(By.cssSelector(".start-process-action a"));
		this.tasklist.click(
				By.xpath(DIALOG + "//ul[contains(@class,'processes')]//a[normalize-space(.)='" + processName + "']"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector(".modal-content .modal-title"), "Start process: " + processName));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(field("Field_fileNumber")));
	}

	/** The input of the form field with this id (form-js prefixes the id). */
	private static By field(String fieldId) {
		return By.cssSelector(".modal-content .fjs-form [id$='-" + fieldId + "']");
	}

	/** Types again any of the fields whose value is not (or no longer) the one given. */
	private void keep(Map<String, String> texts) {
		this.wait.until((driver) -> {
			boolean kept = true;
			for (Map.Entry<String, String> text : texts.entrySet()) {
				if (!text.getValue().equals(driver.findElement(field(text.getKey())).getDomProperty("value"))) {
					type(text.getKey(), text.getValue());
					kept = false;
				}
			}
			return kept;
		});
	}

	/** Replaces what the text or number field holds, as a user would. */
	private void type(String fieldId, String text) {
		WebElement input = this.wait.until(ExpectedConditions.elementToBeClickable(field(fieldId)));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text);
		this.wait.until(ExpectedConditions.domPropertyToBe(input, "value", text));
	}

	/**
	 * Picks, by its label, an option of form-js's select (a list, not a native select).
	 */
	private void select(String fieldId, String label) {
		this.tasklist.click(field(fieldId + "-display"));
		this.tasklist.click(By
			.xpath(DIALOG + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']"));
		this.wait.until(ExpectedConditions.textToBe(field(fieldId + "-display"), label));
	}

	/**
	 * Types the date into form-js's flatpickr input, then Tab to leave it: flatpickr
	 * reads the text on blur. Escape would close the dialog, and an ISO date is misread
	 * as mm/dd/yyyy.
	 */
	private void date(String fieldId, String mmddyyyy) {
		WebElement input = this.wait.until(ExpectedConditions.elementToBeClickable(field(fieldId + "-date")));
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(mmddyyyy, Keys.TAB);
		this.wait.until(ExpectedConditions.domPropertyToBe(input, "value", mmddyyyy));
	}

	/**
	 * Starts the process with the form holding these texts, until the outcome shows.
	 * form-js takes a typed value after a short pause: a click on Start in between
	 * submits the field empty, and the form then says "Field is required". The user would
	 * type it again and start again; so does the test.
	 */
	private void start(Map<String, String> texts, By outcome) {
		By required = By.cssSelector(".modal-content .fjs-form-field-error");
		for (int attempt = 1; attempt <= 3; attempt++) {
			keep(texts);
			this.tasklist.click(By.xpath(DIALOG + "//*[contains(@class,'modal-footer')]"
					+ "//button[contains(@class,'btn-primary') and normalize-space(.)='Start']"));
			String seen = this.wait.until((driver) -> {
				if (!driver.findElements(outcome).isEmpty()) {
					return "outcome";
				}
				return driver.findElements(required).stream().anyMatch(WebElement::isDisplayed) ? "required" : null;
			});
			if ("outcome".equals(seen)) {
				return;
			}
		}
		throw new AssertionError("The start form kept losing what was typed into it");
	}

}
