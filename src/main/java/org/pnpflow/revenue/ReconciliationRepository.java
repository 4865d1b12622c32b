package org.pnpflow.revenue;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReconciliationRepository extends JpaRepository<Reconciliation, Long> {

	Optional<Reconciliation> findByPeriodKindAndPeriodStart(PeriodKind periodKind, LocalDate periodStart);

}
