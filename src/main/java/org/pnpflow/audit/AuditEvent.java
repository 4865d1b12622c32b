package org.pnpflow.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the audit trail: who did what with which file, when and from where.
 * Entries are added, never changed or removed.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String fileNumber;

	private String detail;

	private String remoteAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditAction action, String fileNumber, String detail,
			String remoteAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.fileNumber = fileNumber;
		this.detail = detail;
		this.remoteAddress = remoteAddress;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getFileNumber() {
		return this.fileNumber;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

}
