package org.pnpflow.publicstatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant-facing status check answers: the file number, where the file stands
 * in plain words in English and French, what the program waits for from the applicant and
 * by when, and the date of the last change. Nothing personal: no name, no staff, no
 * reasons.
 *
 * @param status where the file stands
 * @param decision {@code NOMINATED} or {@code REFUSED} once decided, otherwise null
 * @param en the status in English
 * @param fr the status in French
 * @param waitingFor what the applicant is asked for, when the status is
 * {@link Standing#WAITING_FOR_YOU}; otherwise null
 * @param lastChanged the day (in the province's time zone) the status became what it is
 */
record PublicStatus(String fileNumber, Standing status, String decision, String en, String fr, List<Waiting> waitingFor,
		LocalDate lastChanged) {

	/**
	 * One thing the applicant is asked for.
	 *
	 * @param dueBy the last day to send it, or null when there is no deadline
	 */
	record Waiting(String en, String fr, LocalDate dueBy) {
	}

	/** Where a file stands, as the applicant is told. */
	enum Standing {

		RECEIVED, IN_PROGRESS, WAITING_FOR_YOU, DECIDED, CLOSED, WITHDRAWN

	}

}
