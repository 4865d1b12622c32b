package org.pnpflow.revenue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReconciliationVarianceRepository extends JpaRepository<ReconciliationVariance, Long> {

	List<ReconciliationVariance> findByReconciliationIdOrderByIdAsc(Long reconciliationId);

	/**
	 * The variances explained in the reconciliations of the days between start and end
	 * (included).
	 */
	@Query("""
			select v from ReconciliationVariance v, Reconciliation r
			where v.reconciliationId = r.id and r.periodKind = org.pnpflow.revenue.PeriodKind.DAY
			  and r.periodStart between :start and :end and v.explanation is not null
			order by v.id
			""")
	List<ReconciliationVariance> findExplainedInDays(LocalDate start, LocalDate end);

	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("delete from ReconciliationVariance v where v.reconciliationId = :reconciliationId")
	void deleteByReconciliation(Long reconciliationId);

}
