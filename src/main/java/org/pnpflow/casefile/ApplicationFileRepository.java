package org.pnpflow.casefile;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationFileRepository extends JpaRepository<ApplicationFile, Long> {

	@Query("select f from ApplicationFile f where f.fileNumber = :#{#fileNumber.value()}")
	Optional<ApplicationFile> findByFileNumber(FileNumber fileNumber);

	Optional<ApplicationFile> findBySubmissionId(String submissionId);

	@Query("""
			select count(f) from ApplicationFile f
			where f.id <> :excludedId
			  and (f.applicant.passportNumber = :passportNumber
			       or (lower(f.applicant.familyName) = lower(:familyName) and f.applicant.dateOfBirth = :dateOfBirth))
			""")
	long countOtherFilesOfSamePerson(Long excludedId, String passportNumber, String familyName,
			java.time.LocalDate dateOfBirth);

}
