package org.pnpflow.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	Optional<Recommendation> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

	List<Recommendation> findByApplicationIdOrderByIdAsc(Long applicationId);

}
