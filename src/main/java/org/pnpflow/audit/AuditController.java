package org.pnpflow.audit;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A file's audit trail, oldest first, for managers. Reading it is itself entered.
 */
@RestController
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	record EntryView(Instant occurredAt, String actor, String action, String detail, String remoteAddress) {
	}

	@GetMapping("/api/applications/{fileNumber}/audit")
	List<EntryView> trail(@PathVariable String fileNumber, HttpServletRequest http) {
		ApiUser.require(http, List.of(Groups.MANAGERS), "A file's audit trail is for managers.");
		return this.trail.ofFile(fileNumber)
			.stream()
			.map((event) -> new EntryView(event.getOccurredAt(), event.getActor(), event.getAction().name(),
					event.getDetail(), event.getRemoteAddress()))
			.toList();
	}

}
