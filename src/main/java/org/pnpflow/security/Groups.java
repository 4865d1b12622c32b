package org.pnpflow.security;

import java.util.List;

/**
 * The Camunda groups of the roles of PRODUCT.md, plus the e-filing portal's service
 * account.
 */
public final class Groups {

	public static final String INTAKE = "intake";

	public static final String OFFICERS = "officers";

	public static final String INTEGRITY = "integrity";

	public static final String MANAGERS = "managers";

	public static final String DIRECTORS = "directors";

	public static final String ANALYSTS = "analysts";

	public static final String ADMINS = "camunda-admin";

	public static final String PORTAL = "portal";

	/**
	 * Service accounts of the workers that answer outside-registry checks over
	 * {@code /engine-rest/external-task}.
	 */
	public static final String REGISTRY_WORKERS = "registryworkers";

	/** The groups whose members work files from a Tasklist queue of their own. */
	public static final List<String> QUEUES = List.of(INTAKE, OFFICERS, INTEGRITY, MANAGERS, DIRECTORS);

	public static final List<String> STAFF = List.of(INTAKE, OFFICERS, INTEGRITY, MANAGERS, DIRECTORS, ANALYSTS,
			ADMINS);

	private Groups() {
	}

}
