package org.pnpflow.security;

/**
 * The signed-in caller's role may not do what they asked: 403 with the sentence, from
 * every controller of our API alike ({@link ForbiddenProblems}).
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
