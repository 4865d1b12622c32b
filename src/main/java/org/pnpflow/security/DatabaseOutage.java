package org.pnpflow.security;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached from any other failure, and answers a request
 * that met one: 503 as problem+json with a {@code Retry-After}, saying that nothing was
 * saved. Used by {@link DatabaseUnavailableProblems} for our controllers and by the API's
 * authentication, which asks the database before any controller runs.
 */
public final class DatabaseOutage {

	/**
	 * What the caller reads: the request left nothing behind and may simply be sent
	 * again.
	 */
	public static final String DETAIL = "The database cannot be reached; nothing was saved. Try again in a minute.";

	/** Seconds a caller should wait before sending the request again. */
	public static final int RETRY_AFTER_SECONDS = 60;

	private static final int MAX_CAUSES = 30;

	private static final String POOL_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or anything in its cause chain, is a lost or refused database
	 * connection: Spring's and Hibernate's words for it, the pool's time-out, or an SQL
	 * state of class 08 (connection exception) or 57P01 to 57P03 (the server shut down,
	 * crashed, or cannot take connections yet), or a connection the pool already closed
	 * for one of these.
	 */
	public static boolean isCause(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByPool(sql))) {
				return true;
			}
			cause = (cause.getCause() == cause) ? null : cause.getCause();
		}
		return false;
	}

	/**
	 * Hikari closes a connection that failed with a connection error and answers any
	 * further call on it, such as the rollback of the transaction that was using it, with
	 * a plain SQLException that has no SQL state. That rollback failure replaces the
	 * original error, so it is the only sign of the outage a request sees.
	 */
	private static boolean isClosedByPool(SQLException failure) {
		StackTraceElement[] frames = failure.getStackTrace();
		return failure.getSQLState() == null && frames.length > 0
				&& frames[0].getClassName().startsWith(POOL_CLOSED_CONNECTION);
	}

	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

	/** Writes the 503 problem for the request. */
	public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		ProblemResponses.send(response, HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
	}

}
