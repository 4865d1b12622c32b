package org.pnpflow.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.pnpflow.ApiClient;
import org.pnpflow.TestApplications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page in headless Chromium: a manager signs in on it (and is then signed in
 * to Tasklist too, one session), sees the charts drawn from this application's data,
 * narrows the reports to a stream, and downloads a table as CSV with the figures the page
 * shows; an officer is told the reports are not for officers.
 */
class DashboardBrowserTest extends TasklistBrowserSupport {

	@Test
	void aManagerSeesChartsNarrowsThemToAStreamAndDownloadsATable() throws Exception {
		String entrepreneur = TasklistBrowser.submit(this.rest, TestApplications.entrepreneur());
		TasklistBrowser.submit(this.rest, TestApplications.skilledWorker());
		TasklistBrowser.submit(this.rest, TestApplications.skilledWorker());
		TasklistBrowser.awaitTask(this.engine, entrepreneur, "UserTask_ConfirmCompleteness");

		this.browser.get("http://localhost:" + this.port + "/dashboard");
		signIn("manager");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "manager"));

		// the trends: charts with bars drawn from the data, and the tables under them
		WebElement byStream = panel("by-stream");
		List<WebElement> bars = byStream.findElements(By.cssSelector("svg.chart rect"));
		assertThat(bars).isNotEmpty();
		assertThat(bars)
			.anySatisfy((bar) -> assertThat(Double.parseDouble(bar.getAttribute("data-value"))).isGreaterThan(0));
		assertThat(cells(byStream, 0)).contains("Skilled Worker", "Entrepreneur");
		assertThat(this.browser.findElements(By.cssSelector("section[data-report='trends'] svg.chart")).size())
			.isGreaterThanOrEqualTo(5);

		// narrowed to one stream: the tables redrawn, the address keeps the filter
		new Select(this.browser.findElement(By.id("stream"))).selectByValue("ENTREPRENEUR");
		this.browser.findElement(By.cssSelector("#filters button[type='submit']")).click();
		this.wait.until((driver) -> cells(panel("by-stream"), 0).equals(List.of("Entrepreneur")));
		assertThat(this.browser.getCurrentUrl()).contains("stream=ENTREPRENEUR").contains("report=trends");
		List<String> shown = rowOf(panel("by-stream"), 0);

		// the table as CSV: what the browser saved holds what the page shows
		panel("by-stream").findElement(By.linkText("CSV")).click();
		Path csv = awaitDownload(".csv");
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("\"Stream\",\"Received\",\"Share (%)\"");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("\"Entrepreneur\",").endsWith(",100.0");
		assertThat(shown.get(0)).isEqualTo("Entrepreneur");
		assertThat(lines.get(1).split(",")[1]).isEqualTo(shown.get(1).replace(",", ""));

		// another report: the queues, with the intake tasks of the applications
		this.browser.findElement(By.cssSelector("#tabs a[data-report='queues']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[data-report='queues']")));
		assertThat(cells(panel("by-queue"), 0)).contains("intake");
		assertThat(panel("by-queue").findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();

		// the same session as Tasklist: it opens signed in
		this.browser.get("http://localhost:" + this.port + "/camunda/app/tasklist/" + this.engine.getName() + "/");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
	}

	@Test
	void anOfficerIsToldReportsAreForManagersAndAnalysts() {
		this.browser.get("http://localhost:" + this.port + "/dashboard/");
		signIn("officer");
		WebElement refused = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused-text")));
		assertThat(refused.getText()).contains("Reports are for managers and analysts");
		assertThat(this.browser.findElement(By.id("dashboard")).isDisplayed()).isFalse();
	}

	private void signIn(String user) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
		this.browser.findElement(By.cssSelector("#sign-in-form button[type='submit']")).click();
	}

	private WebElement panel(String table) {
		return this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#reports .panel[data-table='" + table + "']")));
	}

	/** The text of one column of the panel's table, row by row. */
	private static List<String> cells(WebElement panel, int column) {
		List<String> values = new ArrayList<>();
		for (WebElement row : panel.findElements(By.cssSelector("table tbody tr"))) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			if (cells.size() > column) {
				values.add(cells.get(column).getText());
			}
		}
		return values;
	}

	private static List<String> rowOf(WebElement panel, int index) {
		return panel.findElements(By.cssSelector("table tbody tr"))
			.get(index)
			.findElements(By.tagName("td"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private Path awaitDownload(String suffix) {
		Path folder = this.tasklist.downloads();
		return new FluentWait<>(folder).withTimeout(Duration.ofSeconds(20))
			.pollingEvery(Duration.ofMillis(200))
			.withMessage("a " + suffix + " file in " + folder)
			.until((dir) -> {
				if (!Files.isDirectory(dir)) {
					return null;
				}
				try (Stream<Path> files = Files.list(dir)) {
					return files.filter((file) -> file.toString().endsWith(suffix)).findFirst().orElse(null);
				}
				catch (IOException ex) {
					return null;
				}
			});
	}

}
