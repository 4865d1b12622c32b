package org.pnpflow.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.pnpflow.PnpFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The prod profile: it will not start with demo users or without a strong administrator
 * password of its own, and once started it has no demo users, enforces the password
 * policy from the first user on, and marks its cookies and responses for HTTPS only.
 * <p>
 * Each case starts the application itself, on the test profile's in-memory database with
 * prod laid over it, as an operator would start it; the refused starts stop before any
 * bean is created.
 */
class ProductionProfileTest {

	private static final String STRONG_PASSWORD = "Prairie-Wind-2026!";

	/** A Set-Cookie header with the Secure attribute and SameSite=Lax. */
	private static final String HTTPS_ONLY_SAME_SITE = "(?i)(?=.*;\\s*Secure\\s*(;|$))(?=.*;\\s*SameSite=Lax\\s*(;|$)).*";

	@Test
	void refusesToStartWithoutAnAdministratorPassword() {
		assertThatThrownBy(() -> start("--PNP_ADMIN_PASSWORD=").close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Refusing to start with the prod profile")
			.hasMessageContaining("the administrator 'admin' has no password (set PNP_ADMIN_PASSWORD)");
	}

	@Test
	void refusesToStartWithAWeakAdministratorPassword() {
		assertThatThrownBy(() -> start("--PNP_ADMIN_PASSWORD=admin2026").close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PNP_ADMIN_PASSWORD does not meet the password policy")
			.hasMessageContaining("PASSWORD_POLICY_UPPERCASE")
			.hasMessageContaining("PASSWORD_POLICY_USER_DATA");
	}

	@Test
	void refusesToStartWithDemoUsers() {
		assertThatThrownBy(() -> start("--PNP_ADMIN_PASSWORD=" + STRONG_PASSWORD, "--pnp.demo.enabled=true").close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("pnp.demo.enabled is true");
	}

	@Test
	void startsWithItsAdministratorOnlyAndSecureCookiesAndHsts() throws Exception {
		try (ConfigurableApplicationContext context = start("--PNP_ADMIN_USER=operator",
				"--PNP_ADMIN_PASSWORD=" + STRONG_PASSWORD,
				// the webapps find the engine by its name
				"--camunda.bpm.generate-unique-process-engine-name=false")) {
			ProcessEngine engine = context.getBean(ProcessEngine.class);
			IdentityService identity = engine.getIdentityService();
			assertThat(identity.createUserQuery().userIdIn("intake", "officer", "manager", "admin").count()).isZero();
			assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("operator");
			assertThat(identity.checkPassword("operator", STRONG_PASSWORD)).isTrue();
			assertThat(engine.getProcessEngineConfiguration().isEnablePasswordPolicy()).isTrue();

			String port = context.getEnvironment().getProperty("local.server.port");
			HttpResponse<Void> tasklist = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
					.GET()
					.build(), BodyHandlers.discarding());
			assertThat(tasklist.statusCode()).isEqualTo(200);
			assertThat(tasklist.headers().firstValue("Strict-Transport-Security"))
				.hasValue("max-age=31536000; includeSubDomains");
			List<String> cookies = tasklist.headers().allValues("Set-Cookie");
			assertThat(cookies)
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=").matches(HTTPS_ONLY_SAME_SITE));
			assertThat(cookies)
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").matches(HTTPS_ONLY_SAME_SITE));
		}
	}

	/**
	 * Starts the application as an operator would, on a free port; close what it answers.
	 */
	private static ConfigurableApplicationContext start(String... arguments) {
		String[] onAFreePort = Arrays.copyOf(arguments, arguments.length + 1);
		onAFreePort[arguments.length] = "--server.port=0";
		return new SpringApplicationBuilder(PnpFlowApplication.class).profiles("test", "prod").run(onAFreePort);
	}

}
