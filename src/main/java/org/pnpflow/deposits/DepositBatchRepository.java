package org.pnpflow.deposits;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepositBatchRepository extends JpaRepository<DepositBatch, Long> {

	Optional<DepositBatch> findByBatchNumber(String batchNumber);

	List<DepositBatch> findAllByOrderByPreparedAtDescIdDesc();

}
