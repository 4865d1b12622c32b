package org.pnpflow.certificates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByApplicationId(Long applicationId);

	Optional<Certificate> findByCertificateNumber(String certificateNumber);

	List<Certificate> findByIssuedOnBetweenOrderByCertificateNumber(LocalDate from, LocalDate to);

}
