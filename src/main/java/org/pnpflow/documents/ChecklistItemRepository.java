package org.pnpflow.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

	List<ChecklistItem> findByApplicationIdOrderByIdAsc(Long applicationId);

	@Modifying
	@Query("delete from ChecklistItem i where i.applicationId = :applicationId")
	void deleteByApplicationId(Long applicationId);

}
