package org.pnpflow.verification;

/**
 * What a verification found.
 */
public enum VerificationResult {

	CLEAR, CONCERN, UNABLE_TO_VERIFY

}
