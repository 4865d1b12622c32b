package org.pnpflow.intake;

import org.pnpflow.casefile.Applicant;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantRepository extends JpaRepository<Applicant, Long> {

}
