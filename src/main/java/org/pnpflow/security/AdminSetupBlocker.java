package org.pnpflow.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-user setup ({@code /camunda/api/admin/setup/...}):
 * every request to it answers 403. Camunda opens that endpoint to anyone, without a
 * session, for as long as no member of {@code camunda-admin} exists, and whoever calls it
 * first becomes administrator. Our administrator is created at start-up from
 * configuration, so the endpoint has no use here and is refused outright rather than
 * trusted to close itself.
 */
class AdminSetupBlocker extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ProblemResponses.send(response, HttpStatus.FORBIDDEN,
				"The first-user setup of the Admin webapp is closed: the administrator is created at start-up "
						+ "from camunda.bpm.admin-user, and further users are created in Admin by an administrator.");
	}

}
