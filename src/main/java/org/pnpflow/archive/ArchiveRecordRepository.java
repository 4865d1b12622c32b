package org.pnpflow.archive;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveRecordRepository extends JpaRepository<ArchiveRecord, Long> {

	Optional<ArchiveRecord> findByFileNumber(String fileNumber);

}
