package org.pnpflow.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.certificates.CertificateRepository;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * {@code ${archiveFile}}: at the end of the retention period, writes the whole file as a
 * BagIt package named by its file number, re-reads every checksum of what was written,
 * and enters the package in the archive register. A package that does not check out fails
 * the step (retries, then an incident) and nothing is removed. A file under legal hold
 * waits.
 */
@Component("archiveFile")
class ArchiveFileDelegate implements JavaDelegate {

	private final CaseFiles files;

	private final LegalHolds holds;

	private final FileDossier dossier;

	private final BagWriter bags;

	private final ArchiveRecordRepository register;

	private final CertificateRepository certificates;

	private final ArchiveProperties properties;

	private final PnpProperties program;

	private final AuditTrail audit;

	private final ProgramClock clock;

	ArchiveFileDelegate(CaseFiles files, LegalHolds holds, FileDossier dossier, BagWriter bags,
			ArchiveRecordRepository register, CertificateRepository certificates, ArchiveProperties properties,
			PnpProperties program, AuditTrail audit, ProgramClock clock) {
		this.files = files;
		this.holds = holds;
		this.dossier = dossier;
		this.bags = bags;
		this.register = register;
		this.certificates = certificates;
		this.properties = properties;
		this.program = program;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		ApplicationFile file = this.files.of(execution);
		String fileNumber = file.getFileNumber().value();
		this.holds.stopIfHeld(file);
		String rule = "pnp.retention." + file.getOutcome().name();
		Path directory = this.properties.getDirectory().toAbsolutePath();
		Files.createDirectories(directory);
		Map<String, String> info = new LinkedHashMap<>();
		info.put("Source-Organization", this.program.getProgramName());
		info.put("External-Identifier", fileNumber);
		info.put("External-Description", "The file " + fileNumber + " (" + file.getStream() + ", "
				+ file.getOutcome().name() + "), archived at the end of its retention period under " + rule + ".");
		info.put("Bagging-Date", this.clock.today().toString());
		info.put("Bag-Software-Agent", "PNP Flow");
		BagWriter.WrittenBag bag = this.bags.write(directory.resolve(FileDossier.safe(fileNumber)),
				this.dossier.of(file.getId(), ""), info);
		List<String> problems = this.bags.verify(bag.directory());
		if (!problems.isEmpty() || !bag.tagManifestSha256().equals(this.bags.checksum(bag.directory()))) {
			throw new IllegalStateException("The archive package of " + fileNumber + " written to " + bag.directory()
					+ " does not check out, so nothing is removed: " + String.join("; ", problems));
		}
		ArchiveRecord entry = this.register.findByFileNumber(fileNumber)
			.orElseGet(() -> new ArchiveRecord(fileNumber, file.getStream(), file.getOutcome().name(),
					file.getReceivedAt(), file.getDecidedAt(),
					this.certificates.findByApplicationId(file.getId())
						.map((certificate) -> certificate.getCertificateNumber())
						.orElse(null),
					rule));
		entry.packageVerified(bag, this.clock.now());
		this.register.save(entry);
		this.audit.record(AuditTrail.SYSTEM, AuditAction.FILE_ARCHIVED, fileNumber,
				"Archive package " + entry.getPackageName() + " written and verified: " + bag.payloadFiles()
						+ " files, " + bag.payloadBytes() + " bytes, tag manifest SHA-256 " + bag.tagManifestSha256()
						+ ", under " + rule + ".",
				null);
	}

}
