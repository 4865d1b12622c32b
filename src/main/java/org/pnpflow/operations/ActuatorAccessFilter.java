package org.pnpflow.operations;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.pnpflow.security.BasicCredentials;
import org.pnpflow.security.DatabaseOutage;
import org.pnpflow.security.ProblemResponses;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
			ProblemResponses.send(response, HttpStatus.UNAUTHORIZED,
					"Sign in with the user name and password of a member of the monitoring group (HTTP Basic).");
			return;
		}
		if (!open && user.groups().stream().noneMatch(PERMITTED_GROUPS::contains)) {
			ProblemResponses.send(response, HttpStatus.FORBIDDEN,
					"Only members of the monitoring group may read this.");
			return;
		}
		chain.doFilter(new SignedInRequest(request, user), response);
	}

	private SignedIn signIn(String header) {
		return BasicCredentials.signIn(this.identity, header)
			.map((user) -> new SignedIn(user.id(), user.groups()))
			.orElse(null);
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
