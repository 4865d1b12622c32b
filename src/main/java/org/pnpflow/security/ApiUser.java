package org.pnpflow.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * The signed-in caller of our API: a Camunda user and their groups.
 */
public record ApiUser(String id, List<String> groups) {

	static final String ATTRIBUTE = ApiUser.class.getName();

	public static ApiUser of(HttpServletRequest request) {
		ApiUser user = (ApiUser) request.getAttribute(ATTRIBUTE);
		if (user == null) {
			throw new IllegalStateException("The API authentication filter did not run for " + request.getRequestURI());
		}
		return user;
	}

	/** The user with the groups the identity service gives them now. */
	static ApiUser withGroupsOf(IdentityService identity, String userId) {
		return new ApiUser(userId,
				identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
	}

	/** The signed-in caller, if the request was authenticated. */
	public static Optional<ApiUser> find(HttpServletRequest request) {
		return Optional.ofNullable((ApiUser) request.getAttribute(ATTRIBUTE));
	}

	/**
	 * The signed-in caller, when they are in one of the groups; otherwise a refusal (403)
	 * with the reason given.
	 */
	public static ApiUser require(HttpServletRequest request, Collection<String> groups, String reason) {
		ApiUser user = of(request);
		if (!user.isInAny(groups)) {
			throw new ForbiddenException(reason);
		}
		return user;
	}

	public boolean isInAny(Collection<String> wanted) {
		return this.groups.stream().anyMatch(wanted::contains);
	}

}
