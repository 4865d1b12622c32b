package org.pnpflow.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reports page, {@code /dashboard/}: a static page (no data in it) that signs in with
 * Camunda's web-app login, so that it shares its session with Tasklist, and reads
 * {@code /api/reports/*}.
 */
@Controller
class DashboardPage {

	private final ProcessEngine engine;

	DashboardPage(ProcessEngine engine) {
		this.engine = engine;
	}

	@GetMapping("/dashboard")
	String redirect() {
		return "redirect:/dashboard/";
	}

	@GetMapping("/dashboard/")
	String page() {
		return "forward:/dashboard/index.html";
	}

	/** What the page needs of Camunda's web apps: the engine and the session's token. */
	record WebAppSession(String engine, String xsrfToken) {
	}

	/**
	 * The engine this application runs (the web apps' login is per engine) and the
	 * session's token that Camunda's web apps ask of every sign-in and sign-out. Their
	 * own pages read the token from a cookie kept under {@code /camunda}, out of this
	 * page's reach; this gives it to a page of the same origin only (no other site can
	 * read the answer), as that cookie does. The token is null until the web apps have
	 * started the session.
	 */
	@GetMapping("/dashboard/session")
	@ResponseBody
	ResponseEntity<WebAppSession> session(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = (session != null) ? session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) : null;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new WebAppSession(this.engine.getName(), (token != null) ? token.toString() : null));
	}

}
