package org.pnpflow.intake;

import org.pnpflow.casefile.Employer;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, Long> {

}
