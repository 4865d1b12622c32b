package org.pnpflow.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of our API against Camunda's users and groups, the same
 * identities that log into Tasklist. Unknown or wrong credentials get 401 with a problem
 * body; when the database that holds the users cannot be reached, the request gets the
 * same 503 problem as a controller would give ({@link DatabaseOutage}).
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
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PNP Flow\"");
		ProblemResponses.send(response, HttpStatus.UNAUTHORIZED,
				"Sign in with your PNP Flow user name and password (HTTP Basic).");
	}

}
