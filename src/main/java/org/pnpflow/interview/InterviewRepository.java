package org.pnpflow.interview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewRepository extends JpaRepository<Interview, Long> {

	Optional<Interview> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

	List<Interview> findByApplicationIdOrderByIdAsc(Long applicationId);

}
