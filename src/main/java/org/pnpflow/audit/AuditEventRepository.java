package org.pnpflow.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * The audit trail's table: entries can be added and read, nothing else.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByFileNumberOrderByOccurredAtAscIdAsc(String fileNumber);

	List<AuditEvent> findByActionOrderByOccurredAtAscIdAsc(AuditAction action);

	List<AuditEvent> findByFileNumberOrderByOccurredAtDescIdDesc(String fileNumber, Pageable page);

}
