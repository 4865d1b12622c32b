package org.pnpflow.intake;

import org.pnpflow.casefile.Representative;
import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentativeRepository extends JpaRepository<Representative, Long> {

}
