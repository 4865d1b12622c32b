package org.pnpflow.letters;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterDeliveryRepository extends JpaRepository<LetterDelivery, Long> {

	boolean existsByIdempotencyKeyAndRecipientEmail(String idempotencyKey, String recipientEmail);

	List<LetterDelivery> findByIdempotencyKeyOrderByIdAsc(String idempotencyKey);

}
