package org.pnpflow.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is signed in to Camunda's web apps (Tasklist, Cockpit, Admin, the reports page) in
 * the request's session, read the one way every filter of ours reads it.
 */
public final class WebAppSession {

	private WebAppSession() {
	}

	/** The signed-in user's id; empty when the request has no session or no one in it. */
	public static Optional<String> userId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Authentications authentications = (session != null) ? AuthenticationUtil.getAuthsFromSession(session) : null;
		if (authentications == null) {
			return Optional.empty();
		}
		return authentications.getAuthentications()
			.stream()
			.map(UserAuthentication::getIdentityId)
			.filter((id) -> id != null)
			.findFirst();
	}

}
