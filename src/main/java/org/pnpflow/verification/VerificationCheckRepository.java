package org.pnpflow.verification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificationCheckRepository extends JpaRepository<VerificationCheck, Long> {

	List<VerificationCheck> findByApplicationIdOrderByIdAsc(Long applicationId);

}
