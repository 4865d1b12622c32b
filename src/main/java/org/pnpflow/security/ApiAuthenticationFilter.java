package org.pnpflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.pnpflow.operations.DatabaseOutage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded;
			try {
				decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException notBase64) {
				decoded = "";
			}
			int colon = decoded.indexOf(':');
			if (colon > 0) {
				String userId = decoded.substring(0, colon);
				ApiUser user;
				try {
					user = authenticate(userId, decoded.substring(colon + 1));
				}
				catch (RuntimeException failure) {
					if (!DatabaseOutage.isCause(failure)) {
						throw failure;
					}
					DatabaseOutage.answer(request, response);
					return;
				}
				if (user != null) {
					request.setAttribute(ApiUser.ATTRIBUTE, user);
					chain.doFilter(request, response);
					return;
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PNP Flow\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"Sign in with your PNP Flow user name and password (HTTP Basic).\"}");
	}

	/** The user with their groups, or null for unknown or wrong credentials. */
	private ApiUser authenticate(String userId, String password) {
		if (!this.identity.checkPassword(userId, password)) {
			return null;
		}
		List<String> groups = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		return new ApiUser(userId, groups);
	}

}
