package org.pnpflow.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignOffRepository extends JpaRepository<SignOff, Long> {

	Optional<SignOff> findFirstByRecommendationIdAndSigningRoleOrderByIdDesc(Long recommendationId,
			SignOff.Role signingRole);

	List<SignOff> findByApplicationIdOrderByIdAsc(Long applicationId);

}
