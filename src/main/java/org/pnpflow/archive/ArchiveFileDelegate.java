package org.pnpflow.archive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * {@code ${archiveFile}}: at the end of the retention period, marks the file archived and
 * writes it into the archive register.
 */
@Component("archiveFile")
class ArchiveFileDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final ArchiveRecordRepository register;

	private final ProgramClock clock;

	ArchiveFileDelegate(CaseFiles files, ArchiveRecordRepository register, ProgramClock clock) {
		this.files = files;
		this.register = register;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.files.of(execution);
		String fileNumber = file.getFileNumber().value();
		if (this.register.findByFileNumber(fileNumber).isEmpty()) {
			this.register.save(new ArchiveRecord(fileNumber, file.getStream(), file.getOutcome().name(),
					file.getReceivedAt(), this.clock.now(), "pnp.retention." + file.getOutcome().name()));
		}
		file.markArchived();
	}

}
