package org.pnpflow.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveRecordRepository extends JpaRepository<ArchiveRecord, Long> {

	Optional<ArchiveRecord> findByFileNumber(String fileNumber);

	List<ArchiveRecord> findByArchivedAtBetweenOrderByArchivedAtAsc(Instant from, Instant to);

}
