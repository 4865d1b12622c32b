package org.pnpflow.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls signed in as the API's caller, with their groups, as Tasklist does:
 * the engine then checks its authorizations (may they see, claim or reassign this task?)
 * and records them in its user operation log.
 */
public final class EngineIdentity {

	private EngineIdentity() {
	}

	public static <T> T as(IdentityService identity, ApiUser user, Supplier<T> action) {
		identity.setAuthentication(user.id(), user.groups());
		try {
			return action.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
