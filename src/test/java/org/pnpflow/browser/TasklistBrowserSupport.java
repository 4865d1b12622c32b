package org.pnpflow.browser;

import java.io.IOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser test has: the application on a random port with its job executor,
 * one headless Chromium per test, and a screenshot with the page source under
 * {@code target/browser/} when a test fails. The browser tests share one application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
abstract class TasklistBrowserSupport {

	/**
	 * Checks for the browser before the application starts, so a machine without it skips
	 * the test (and CI fails it) in a second.
	 */
	@RegisterExtension
	static TestInstancePreConstructCallback browserCheck = (factory, context) -> TasklistBrowser.requireBrowser();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	TasklistBrowser tasklist;

	WebDriver browser;

	WebDriverWait wait;

	@RegisterExtension
	AfterTestExecutionCallback evidenceOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.tasklist != null) {
			this.tasklist.saveEvidence(context.getRequiredTestMethod().getName());
		}
	};

	@BeforeEach
	void startBrowser() throws IOException {
		this.tasklist = TasklistBrowser.start(this.port, this.engine);
		this.browser = this.tasklist.driver();
		this.wait = this.tasklist.waiting();
	}

	@AfterEach
	void stopBrowser() {
		if (this.tasklist != null) {
			this.tasklist.close();
		}
	}

}
