package org.pnpflow.fees;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

	List<Payment> findByApplicationIdOrderByReceivedAtAsc(Long applicationId);

	Optional<Payment> findByKindAndReference(Payment.Kind kind, String reference);

}
