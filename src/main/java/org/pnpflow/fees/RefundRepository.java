package org.pnpflow.fees;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RefundRepository extends JpaRepository<Refund, Long> {

	List<Refund> findByApplicationIdOrderByIdAsc(Long applicationId);

}
