package org.pnpflow.security;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Authentication of our API against Camunda's users and groups, the same identities that
 * log into Tasklist: HTTP Basic, or the session of someone signed in to Tasklist in the
 * same browser, which is how the program's pages and Tasklist's plugins call it: for
 * reading (GET and HEAD) unless the browser says another site sent the request, and for a
 * change only with the session's CSRF token in {@code X-XSRF-TOKEN}, so that no page of
 * another site can make a signed-in browser read or change anything in its user's name.
 * Unknown or wrong credentials get 401 with a problem body (without the Basic challenge
 * for the pages' own requests, which send {@code X-Requested-With}, so that the browser
 * shows the page's sign-in rather than its own); when the database that holds the users
 * cannot be reached, the request gets the same 503 problem as a controller would give
 * ({@link DatabaseOutage}).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identity;

	ApiAuthenticationFilter(IdentityService identity) {
		this.identity = identity;
	}

	/**
	 * Public: only the applicant-facing status check under {@code /api/public/}, which
	 * asks for what only the applicant knows and is rate-limited. The API's description
	 * and Swagger UI need a login like the rest (the browser asks for it). The path is
	 * the one the servlet container has decoded and normalised, so
	 * {@code /api/public/../} cannot reach anything else.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return path.startsWith("/api/public/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ApiUser> user;
		try {
			user = BasicCredentials.signIn(this.identity, request.getHeader(HttpHeaders.AUTHORIZATION));
			if (user.isEmpty() && request.getHeader(HttpHeaders.AUTHORIZATION) == null
					&& ((isRead(request) && !fromAnotherSite(request)) || carriesSessionToken(request))) {
				user = sessionUser(request);
			}
		}
		catch (RuntimeException failure) {
			if (!DatabaseOutage.isCause(failure)) {
				throw failure;
			}
			DatabaseOutage.answer(request, response);
			return;
		}
		if (user.isPresent()) {
			request.setAttribute(ApiUser.ATTRIBUTE, user.get());
			chain.doFilter(request, response);
			return;
		}
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PNP Flow\"");
		}
		ProblemResponses.send(response, HttpStatus.UNAUTHORIZED,
				"Sign in with your PNP Flow user name and password (HTTP Basic).");
	}

	/**
	 * A change from one of the program's pages (the case file's note, the team's
	 * reassignment, "next file") carries the session's CSRF token, as Camunda's web apps
	 * ask of every change: a page of another site cannot read it, so it cannot make a
	 * signed-in browser change anything.
	 */
	private static boolean carriesSessionToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object expected = (session != null) ? session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) : null;
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected != null && sent != null
				&& MessageDigest.isEqual(expected.toString().getBytes(UTF_8), sent.getBytes(UTF_8));
	}

	/**
	 * A request the browser says another site made it send (a link or a form there): the
	 * session does not sign it in, so that no other site can open a file or export a
	 * report in a signed-in user's name. Browsers too old to say are let through.
	 */
	private static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		return "cross-site".equals(site) || "same-site".equals(site);
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	/**
	 * Who is signed in to the Camunda web apps in this session, with their groups as the
	 * identity service has them now (not as the session cached them at sign-in: someone
	 * taken out of a group loses its reports at once).
	 */
	private Optional<ApiUser> sessionUser(HttpServletRequest request) {
		return WebAppSession.userId(request)
			.filter((userId) -> this.identity.createUserQuery().userId(userId).count() == 1)
			.map((userId) -> ApiUser.withGroupsOf(this.identity, userId));
	}

}
