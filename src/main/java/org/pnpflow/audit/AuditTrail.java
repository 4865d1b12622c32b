package org.pnpflow.audit;

import java.util.List;

import org.pnpflow.process.ProgramClock;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds to and reads the audit trail. An entry is written in the transaction of what it
 * records, so a change that rolls back leaves no entry and an entry never lacks its
 * change.
 */
@Service
public class AuditTrail {

	/** The actor of what the process does by itself (archiving on schedule). */
	public static final String SYSTEM = "system";

	private static final int DETAIL_LENGTH = 4000;

	private final AuditEventRepository events;

	private final ProgramClock clock;

	AuditTrail(AuditEventRepository events, ProgramClock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public AuditEvent record(String actor, AuditAction action, String fileNumber, String detail, String remoteAddress) {
		String kept = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail;
		return this.events.save(new AuditEvent(this.clock.now(), actor, action, fileNumber, kept, remoteAddress));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> ofFile(String fileNumber) {
		return this.events.findByFileNumberOrderByOccurredAtAscIdAsc(fileNumber);
	}

	/** The file's newest entries, newest first, at most {@code limit} of them. */
	@Transactional(readOnly = true)
	public List<AuditEvent> newestOfFile(String fileNumber, int limit) {
		return this.events.findByFileNumberOrderByOccurredAtDescIdDesc(fileNumber, PageRequest.of(0, limit));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> ofAction(AuditAction action) {
		return this.events.findByActionOrderByOccurredAtAscIdAsc(action);
	}

}
