package org.pnpflow.publicstatus;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The status check was not answered: an invalid request (400, naming the fields), no file
 * for that pair of file number and date of birth (404, the same whichever half was
 * wrong), or too many checks (429, with how long to wait). Each with its sentence in
 * English and French, for the API and the page alike.
 */
class StatusCheckRefusedException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final String french;

	private final List<FieldProblem> problems;

	private final Duration retryAfter;

	private StatusCheckRefusedException(HttpStatus status, String title, String english, String french,
			List<FieldProblem> problems, Duration retryAfter) {
		super(english);
		this.status = status;
		this.title = title;
		this.french = french;
		this.problems = problems;
		this.retryAfter = retryAfter;
	}

	static StatusCheckRefusedException invalid(List<FieldProblem> problems) {
		return new StatusCheckRefusedException(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request has " + problems.size() + " invalid field(s).",
				"La demande contient " + problems.size() + " champ(s) non valide(s).", List.copyOf(problems), null);
	}

	static StatusCheckRefusedException notFound() {
		return new StatusCheckRefusedException(HttpStatus.NOT_FOUND, "Not found",
				"No file matches that file number and date of birth",
				"Aucun dossier ne correspond à ce numéro de dossier et à cette date de naissance", List.of(), null);
	}

	static StatusCheckRefusedException tooMany(Duration wait) {
		long minutes = Math.max(1, (retryAfterSeconds(wait) + 59) / 60);
		return new StatusCheckRefusedException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				"Too many status checks. Try again in " + minutes + " minute(s).",
				"Trop de vérifications. Réessayez dans " + minutes + " minute(s).", List.of(), wait);
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String english() {
		return getMessage();
	}

	String french() {
		return this.french;
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	/** Whole seconds to wait before asking again (at least one); null unless 429. */
	Long retryAfterSeconds() {
		return this.retryAfter == null ? null : retryAfterSeconds(this.retryAfter);
	}

	private static long retryAfterSeconds(Duration wait) {
		long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}

	/** A field at fault and what is wrong with it, in English and French. */
	record FieldProblem(String field, String message, String messageFr) {
	}

}
