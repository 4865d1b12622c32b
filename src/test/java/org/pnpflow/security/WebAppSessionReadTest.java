package org.pnpflow.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The API called with the session of someone signed in to the web apps, as the program's
 * pages call it: reading, and changing only with the session's CSRF token, with the
 * groups the identity service has now, not those the session cached at sign-in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WebAppSessionReadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Test
	void aSignedInSessionReadsWithTheGroupsOfNowAndChangesNothing() throws Exception {
		IdentityService identity = this.engine.getIdentityService();
		User reader = identity.newUser("sessionreader");
		reader.setPassword("session-reader-password");
		((IdentityServiceImpl) identity).saveUser(reader, true);
		identity.createMembership("sessionreader", Groups.MANAGERS);
		// signed in while a manager: the session keeps that group
		UserAuthentication signedIn = new UserAuthentication("sessionreader", this.engine.getName());
		signedIn.setGroupIds(List.of(Groups.MANAGERS));
		Authentications authentications = new Authentications();
		authentications.addOrReplace(signedIn);
		MockHttpSession session = new MockHttpSession();
		AuthenticationUtil.updateSession(session, authentications);

		assertThat(status(get("/api/reports").session(session))).isEqualTo(200);
		assertThat(status(get("/api/reports").session(session).header("Sec-Fetch-Site", "same-origin"))).isEqualTo(200);
		// a link on another site does not read in the session's name
		assertThat(status(get("/api/reports").session(session).header("Sec-Fetch-Site", "cross-site"))).isEqualTo(401);
		// a change without the session's token needs HTTP Basic, whoever the session
		// holds
		assertThat(status(post("/api/access-requests").session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.header("X-Requested-With", "XMLHttpRequest"))).isEqualTo(401);
		// a change from one of the program's pages carries the session's token, as
		// Camunda's web apps ask: with a forged one it is not signed in; with it, it is
		session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, "the-session-token");
		assertThat(status(post("/api/team/next").session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"queue\":\"no-such-queue\"}")
			.header("X-XSRF-TOKEN", "a-forged-token"))).isEqualTo(401);
		assertThat(status(post("/api/team/next").session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"queue\":\"no-such-queue\"}")
			.header("X-XSRF-TOKEN", "the-session-token"))).as("signed in; the queue is refused").isEqualTo(400);
		// no session: 401, without the Basic challenge for the page's own requests
		var anonymous = this.mvc.perform(get("/api/reports").header("X-Requested-With", "XMLHttpRequest"))
			.andReturn()
			.getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getHeader("WWW-Authenticate")).isNull();

		// taken out of managers: refused at once, though the session still says manager
		identity.deleteMembership("sessionreader", Groups.MANAGERS);
		assertThat(status(get("/api/reports").session(session))).isEqualTo(403);
		identity.deleteUser("sessionreader");
		assertThat(status(get("/api/reports").session(session))).isEqualTo(401);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
