package org.pnpflow.publicstatus;

import java.time.LocalDate;
import java.util.Optional;

import org.pnpflow.casefile.ApplicationFile;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Finds a file by the pair the applicant knows, in one query: an unknown file number, a
 * wrong date of birth and an archived file (no applicant left) all find nothing, alike.
 */
interface PublicStatusFiles extends Repository<ApplicationFile, Long> {

	@Query("""
			select f from ApplicationFile f join f.applicant a
			where f.fileNumber = :fileNumber and a.dateOfBirth = :dateOfBirth
			""")
	Optional<ApplicationFile> findByFileNumberAndDateOfBirth(String fileNumber, LocalDate dateOfBirth);

}
