package org.pnpflow.verification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MisrepresentationBanRepository extends JpaRepository<MisrepresentationBan, Long> {

	Optional<MisrepresentationBan> findByApplicationId(Long applicationId);

}
