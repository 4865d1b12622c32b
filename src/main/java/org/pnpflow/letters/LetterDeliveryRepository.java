package org.pnpflow.letters;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterDeliveryRepository extends JpaRepository<LetterDelivery, Long> {

	Optional<LetterDelivery> findByIdempotencyKeyAndRecipientEmail(String idempotencyKey, String recipientEmail);

	List<LetterDelivery> findByIdempotencyKeyOrderByIdAsc(String idempotencyKey);

	List<LetterDelivery> findByStatusOrderByIdAsc(LetterDelivery.Status status);

	long countByStatus(LetterDelivery.Status status);

}
