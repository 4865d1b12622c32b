package org.pnpflow.publicstatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant-facing status check of the API, public (no login): the file number and
 * the applicant's date of birth in, where the file stands out. Rate-limited per client
 * address and per file number.
 */
@RestController
class PublicStatusController {

	private final PublicStatuses statuses;

	PublicStatusController(PublicStatuses statuses) {
		this.statuses = statuses;
	}

	/**
	 * 200 with the status; 400 naming the invalid field; 404 when no file matches the
	 * pair, whichever half is wrong; 429 with Retry-After when asked too often.
	 */
	@PostMapping(path = "/api/public/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	PublicStatus check(@RequestBody(required = false) StatusRequest request, HttpServletRequest http,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		StatusRequest asked = request == null ? new StatusRequest(null, null) : request;
		return this.statuses.check(asked.fileNumber(), asked.dateOfBirth(), http.getRemoteAddr(), "API");
	}

	/**
	 * What the applicant gives: both as text, so that a wrong value is named rather than
	 * unreadable.
	 *
	 * @param dateOfBirth yyyy-MM-dd
	 */
	record StatusRequest(String fileNumber, String dateOfBirth) {
	}

}
