package org.pnpflow.letters;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterRepository extends JpaRepository<Letter, Long> {

	List<Letter> findByApplicationIdOrderByCreatedAtAscIdAsc(Long applicationId);

	Optional<Letter> findByIdempotencyKey(String idempotencyKey);

	long countByApplicationIdAndLetterType(Long applicationId, LetterType letterType);

}
