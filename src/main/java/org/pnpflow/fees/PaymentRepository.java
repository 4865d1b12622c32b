package org.pnpflow.fees;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

	List<Payment> findByApplicationIdOrderByReceivedAtAsc(Long applicationId);

}
