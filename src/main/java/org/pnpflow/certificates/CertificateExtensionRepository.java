package org.pnpflow.certificates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateExtensionRepository extends JpaRepository<CertificateExtension, Long> {

	Optional<CertificateExtension> findFirstByCertificateIdOrderByIdDesc(Long certificateId);

	List<CertificateExtension> findByCertificateIdOrderByIdAsc(Long certificateId);

	List<CertificateExtension> findByDecisionAndDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByDecidedAt(
			String decision, Instant from, Instant to);

}
