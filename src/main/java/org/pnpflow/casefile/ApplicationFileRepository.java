package org.pnpflow.casefile;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationFileRepository extends JpaRepository<ApplicationFile, Long> {

	@Query("select f from ApplicationFile f where f.fileNumber = :#{#fileNumber.value()}")
	Optional<ApplicationFile> findByFileNumber(FileNumber fileNumber);

	Optional<ApplicationFile> findBySubmissionId(String submissionId);

	java.util.List<ApplicationFile> findByProcessInstanceIdIn(java.util.Collection<String> processInstanceIds);

	java.util.List<ApplicationFile> findByFileNumberIn(java.util.Collection<String> fileNumbers);

	/**
	 * The file, locked until the transaction ends: messages to one file are handled one
	 * after another.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from ApplicationFile f where f.fileNumber = :#{#fileNumber.value()}")
	Optional<ApplicationFile> findForUpdate(FileNumber fileNumber);

	@Query("""
			select f.fileNumber from ApplicationFile f
			where f.id <> :excludedId and f.status = org.pnpflow.casefile.FileStatus.OPEN
			  and f.applicant.passportNumber = :passportNumber
			order by f.fileNumber
			""")
	java.util.List<String> findOtherOpenFilesWithPassport(Long excludedId, String passportNumber);

	@Query("""
			select count(f) from ApplicationFile f
			where f.id <> :excludedId
			  and (f.applicant.passportNumber = :passportNumber
			       or (lower(f.applicant.familyName) = lower(:familyName) and f.applicant.dateOfBirth = :dateOfBirth))
			""")
	long countOtherFilesOfSamePerson(Long excludedId, String passportNumber, String familyName,
			java.time.LocalDate dateOfBirth);

}
