package org.pnpflow.archive;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * {@code ${removePersonalData}}: once the file's package is in the register, checks the
 * package on disk once more against the register's checksum and every manifest entry,
 * then removes what the retention schedule does not keep. A package that changed or went
 * missing fails the step and nothing is removed. A file under legal hold waits.
 */
@Component("removePersonalData")
class RemovePersonalDataDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final LegalHolds holds;

	private final ArchiveRecordRepository register;

	private final BagWriter bags;

	private final ArchiveProperties properties;

	private final PersonalDataRemoval removal;

	private final AuditTrail audit;

	private final ProgramClock clock;

	RemovePersonalDataDelegate(CaseFiles files, LegalHolds holds, ArchiveRecordRepository register, BagWriter bags,
			ArchiveProperties properties, PersonalDataRemoval removal, AuditTrail audit, ProgramClock clock) {
		this.files = files;
		this.holds = holds;
		this.register = register;
		this.bags = bags;
		this.properties = properties;
		this.removal = removal;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		String fileNumber = file.getFileNumber().value();
		this.holds.stopIfHeld(file);
		ArchiveRecord entry = this.register.findByFileNumber(fileNumber)
			.filter((found) -> found.getVerifiedAt() != null)
			.orElseThrow(() -> new IllegalStateException(
					"File " + fileNumber + " has no verified package in the archive register; nothing is removed."));
		if (entry.isPersonalDataRemoved()) {
			return;
		}
		Path bag = this.properties.getDirectory().toAbsolutePath().resolve(entry.getPackageName());
		List<String> problems = this.bags.verify(bag);
		if (!problems.isEmpty() || !entry.getPackageSha256().equals(this.bags.checksum(bag))) {
			throw new IllegalStateException(
					"The archive package " + bag + " of " + fileNumber + " no longer matches the register (SHA-256 "
							+ entry.getPackageSha256() + "), so nothing is removed: " + String.join("; ", problems));
		}
		this.removal.remove(file.getId());
		entry.personalDataRemoved(this.clock.now());
		this.audit.record(AuditTrail.SYSTEM, AuditAction.PERSONAL_DATA_REMOVED, fileNumber,
				"Personal data removed after the package " + entry.getPackageName() + " (SHA-256 "
						+ entry.getPackageSha256() + ") was checked again; kept: file number, stream, dates, outcome"
						+ (entry.getCertificateNumber() == null ? "" : ", certificate " + entry.getCertificateNumber())
						+ ".",
				null);
	}

}
