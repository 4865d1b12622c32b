package org.pnpflow.interview;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteVisitRepository extends JpaRepository<SiteVisit, Long> {

	List<SiteVisit> findByApplicationIdOrderByIdAsc(Long applicationId);

}
