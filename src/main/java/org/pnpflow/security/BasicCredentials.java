package org.pnpflow.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;

/**
 * An HTTP Basic {@code Authorization} header, read the one way every filter of ours reads
 * it, and checked against Camunda's identity service (with its password policy and login
 * throttling).
 */
public final class BasicCredentials {

	private BasicCredentials() {
	}

	/** The user id the header names, checked or not; empty when it is not HTTP Basic. */
	public static Optional<String> userId(String header) {
		return decode(header).map((decoded) -> decoded[0]);
	}

	/**
	 * The user with their groups when the header's password is theirs; empty for no,
	 * malformed, unknown or wrong credentials.
	 */
	public static Optional<ApiUser> signIn(IdentityService identity, String header) {
		return decode(header).filter((decoded) -> identity.checkPassword(decoded[0], decoded[1]))
			.map((decoded) -> ApiUser.withGroupsOf(identity, decoded[0]));
	}

	private static Optional<String[]> decode(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		return colon > 0 ? Optional.of(new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) })
				: Optional.empty();
	}

}
