package org.pnpflow.deposits;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.LockModeType;
import org.pnpflow.fees.Payment;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The payments as deposits see them. The queries that change payments lock them, so a
 * payment is gathered into one batch only, and a reversal recorded while a batch is
 * confirmed is either seen by the confirmation or comes after it.
 */
interface DepositPayments extends Repository<Payment, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.kind = :kind and p.status = :status and p.depositBatchId is null"
			+ " and p.receivedAt < :before order by p.receivedAt, p.id")
	List<Payment> lockUndeposited(@Param("kind") Payment.Kind kind, @Param("status") Payment.Status status,
			@Param("before") Instant before);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.depositBatchId = :batchId order by p.receivedAt, p.id")
	List<Payment> lockInBatch(@Param("batchId") Long batchId);

	@Query("select p from Payment p where p.depositBatchId = :batchId order by p.receivedAt, p.id")
	List<Payment> findInBatch(@Param("batchId") Long batchId);

}
