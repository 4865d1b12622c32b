package org.pnpflow.certificates;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FederalReportRepository extends JpaRepository<FederalReport, Long> {

	Optional<FederalReport> findByPeriod(String period);

}
