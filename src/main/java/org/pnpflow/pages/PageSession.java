package org.pnpflow.pages;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.pnpflow.security.WebAppSession;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the program's own pages (reports, case files, team) need of Camunda's web apps,
 * whose login they share with Tasklist: the engine, the session's token and who is signed
 * in.
 */
@RestController
class PageSession {

	private final ProcessEngine engine;

	private final IdentityService identity;

	PageSession(ProcessEngine engine, IdentityService identity) {
		this.engine = engine;
		this.identity = identity;
	}

	/**
	 * @param engine the engine this application runs (the web apps' login is per engine)
	 * @param xsrfToken the session's token that Camunda's web apps ask of every sign-in
	 * and sign-out, and our API of every change made with the session; null until the web
	 * apps have started the session
	 * @param userId who is signed in, or null
	 * @param groups their groups as the identity service has them now
	 */
	record Session(String engine, String xsrfToken, String userId, List<String> groups) {
	}

	/**
	 * Camunda's own pages read the token from a cookie kept under {@code /camunda}, out
	 * of our pages' reach; this gives it to a page of the same origin only (no other site
	 * can read the answer), as that cookie does.
	 */
	@GetMapping("/pages/session")
	ResponseEntity<Session> session(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = (session != null) ? session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) : null;
		String userId = WebAppSession.userId(request).orElse(null);
		List<String> groups = userId == null ? List.of()
				: this.identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new Session(this.engine.getName(), (token != null) ? token.toString() : null, userId, groups));
	}

}
