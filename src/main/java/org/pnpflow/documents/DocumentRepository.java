package org.pnpflow.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

	List<Document> findByApplicationIdOrderByReceivedAtAsc(Long applicationId);

	Optional<Document> findFirstByApplicationIdAndSha256(Long applicationId, String sha256);

	Optional<Document> findByIdAndApplicationId(Long id, Long applicationId);

}
