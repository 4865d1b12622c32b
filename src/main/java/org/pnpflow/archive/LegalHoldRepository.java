package org.pnpflow.archive;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalHoldRepository extends JpaRepository<LegalHold, Long> {

	List<LegalHold> findByApplicationIdOrderByPlacedAtAscIdAsc(Long applicationId);

	Optional<LegalHold> findFirstByApplicationIdAndLiftedAtIsNull(Long applicationId);

}
