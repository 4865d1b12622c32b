package org.pnpflow.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read what under {@code /actuator}. The liveness and readiness probes answer
 * anyone, with the status only, so that a load balancer or orchestrator can ask without a
 * password. Everything else (metrics, info, the whole health with its components, such as
 * the mail server, which is tried at each call) needs HTTP Basic credentials of a Camunda
 * user in one of the {@link #PERMITTED_GROUPS}: no credentials or wrong ones get 401, a
 * user outside those groups 403, both as problem+json.
 *
 * <p>
 * A signed-in caller reaches the endpoints as a principal whose roles are their groups,
 * which is what {@code management.endpoint.health.show-details: when-authorized} with
 * {@code roles} checks.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

	/** The monitoring service accounts, and administrators. */
	static final Set<String> PERMITTED_GROUPS = Set.of(MonitoringGroup.ID, "camunda-admin");

	private static final Set<String> PUBLIC_PATHS = Set.of("/actuator/health/liveness", "/actuator/health/readiness");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final IdentityService identity;

	ActuatorAccessFilter(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		boolean open = PUBLIC_PATHS.contains(path);
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null && open) {
			chain.doFilter(request, response);
			return;
		}
		SignedIn user;
		try {
			user = (header != null) ? signIn(header) : null;
		}
		catch (RuntimeException failure) {
			// the users are in the database: while it cannot be reached, say so (503)
			if (!DatabaseOutage.isCause(failure)) {
				throw failure;
			}
			DatabaseOutage.answer(request, response);
			return;
		}
		if (user == null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PNP Flow\"");
			problem(response, HttpStatus.UNAUTHORIZED,
					"Sign in with the user name and password of a member of the monitoring group (HTTP Basic).");
			return;
		}
		if (!open && user.groups().stream().noneMatch(PERMITTED_GROUPS::contains)) {
			problem(response, HttpStatus.FORBIDDEN, "Only members of the monitoring group may read this.");
			return;
		}
		chain.doFilter(new SignedInRequest(request, user), response);
	}

	private SignedIn signIn(String header) {
		if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String userId = decoded.substring(0, colon);
		if (!this.identity.checkPassword(userId, decoded.substring(colon + 1))) {
			return null;
		}
		List<String> groups = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		return new SignedIn(userId, groups);
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getOutputStream(), problem);
	}

	private record SignedIn(String userId, List<String> groups) implements Principal {

		@Override
		public String getName() {
			return this.userId;
		}

	}

	/** The request as the signed-in user: their name, and their groups as roles. */
	private static final class SignedInRequest extends HttpServletRequestWrapper {

		private final SignedIn user;

		SignedInRequest(HttpServletRequest request, SignedIn user) {
			super(request);
			this.user = user;
		}

		@Override
		public Principal getUserPrincipal() {
			return this.user;
		}

		@Override
		public String getRemoteUser() {
			return this.user.userId();
		}

		@Override
		public boolean isUserInRole(String role) {
			return this.user.groups().contains(role);
		}

	}

}
