package org.pnpflow.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pnpflow.audit.AuditAction;
import org.pnpflow.audit.AuditTrail;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access-to-information requests: everything the program holds about one applicant, found
 * by passport number and date of birth, as one BagIt package zipped for sending. Each
 * file exported is entered in the audit trail with the request's reference and the
 * package's checksum. Archived files no longer hold the person's details here; their
 * packages are with the archives, listed in the archive register.
 */
@Service
public class AccessRequests {

	private static final int REFERENCE_LENGTH = 100;

	private final JdbcTemplate jdbc;

	private final FileDossier dossier;

	private final BagWriter bags;

	private final AuditTrail audit;

	private final PnpProperties program;

	private final ProgramClock clock;

	AccessRequests(JdbcTemplate jdbc, FileDossier dossier, BagWriter bags, AuditTrail audit, PnpProperties program,
			ProgramClock clock) {
		this.jdbc = jdbc;
		this.dossier = dossier;
		this.bags = bags;
		this.audit = audit;
		this.program = program;
		this.clock = clock;
	}

	/** What the request names: the person, and the request's own reference. */
	public record Request(String passportNumber, String dateOfBirth, String requestReference) {
	}

	/** The package: a ZIP of a BagIt package, and what it holds. */
	public record Export(String name, byte[] zip, String sha256, List<String> fileNumbers) {
	}

	/** A request that finds no one is audited too (and answered 404). */
	@Transactional(noRollbackFor = ArchiveRequestException.class)
	public Export export(Request request, String manager, String from) {
		String passport = required(request.passportNumber(), "passportNumber", 20).toUpperCase(Locale.ROOT);
		LocalDate born = date(request.dateOfBirth());
		String reference = required(request.requestReference(), "requestReference", REFERENCE_LENGTH);
		List<Map<String, Object>> files = this.jdbc.queryForList("""
				select f.id, f.file_number from application_file f join applicant a on a.id = f.applicant_id
				where upper(a.passport_number) = ? and a.date_of_birth = ?
				order by f.file_number
				""", passport, born);
		if (files.isEmpty()) {
			this.audit.record(manager, AuditAction.ACCESS_EXPORT, null, "Access request " + reference
					+ ": no file holds an applicant with that passport number and date of birth; nothing exported.",
					from);
			throw ArchiveRequestException.notFound("No file holds an applicant with passport number " + passport
					+ " born on " + born + ". Archived files are listed in the archive register.");
		}
		List<String> fileNumbers = files.stream().map((file) -> (String) file.get("file_number")).toList();
		List<BagWriter.Entry> payload = new ArrayList<>();
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("requestReference", reference);
		about.put("exportedAt", this.clock.now());
		about.put("exportedBy", manager);
		about.put("passportNumber", passport);
		about.put("dateOfBirth", born);
		about.put("files", fileNumbers);
		payload.add(FileDossier.json("request.json", about));
		for (Map<String, Object> file : files) {
			payload.addAll(this.dossier.of(((Number) file.get("id")).longValue(),
					"files/" + FileDossier.safe((String) file.get("file_number")) + "/"));
		}
		String name = "access-request-" + FileDossier.safe(reference);
		Map<String, String> info = new LinkedHashMap<>();
		info.put("Source-Organization", this.program.getProgramName());
		info.put("External-Identifier", reference);
		info.put("External-Description",
				"Everything held about one applicant, for access request " + reference + ": " + fileNumbers);
		info.put("Bagging-Date", this.clock.today().toString());
		info.put("Bag-Software-Agent", "PNP Flow");
		Export export = zip(name, payload, info, fileNumbers);
		for (String fileNumber : fileNumbers) {
			this.audit.record(manager, AuditAction.ACCESS_EXPORT, fileNumber, "Exported for access request " + reference
					+ " with " + fileNumbers + " as " + name + ".zip, SHA-256 " + export.sha256(), from);
		}
		return export;
	}

	private Export zip(String name, List<BagWriter.Entry> payload, Map<String, String> info, List<String> fileNumbers) {
		Path work = null;
		try {
			work = Files.createTempDirectory("pnp-access-request");
			BagWriter.WrittenBag bag = this.bags.write(work.resolve(name), payload, info);
			ByteArrayOutputStream zip = new ByteArrayOutputStream();
			this.bags.zip(bag.directory(), zip);
			byte[] bytes = zip.toByteArray();
			return new Export(name, bytes, Sha256.of(bytes), fileNumbers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the access-request package", ex);
		}
		finally {
			if (work != null) {
				try {
					this.bags.deleteTree(work);
				}
				catch (IOException ex) {
					// a temporary directory; the system's own clean-up takes it
				}
			}
		}
	}

	private static String required(String value, String field, int length) {
		if (value == null || value.isBlank()) {
			throw ArchiveRequestException.invalid(field, "is required");
		}
		if (value.strip().length() > length) {
			throw ArchiveRequestException.invalid(field, "is longer than " + length + " characters");
		}
		return value.strip();
	}

	private static LocalDate date(String value) {
		String text = required(value, "dateOfBirth", 10);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ArchiveRequestException.invalid("dateOfBirth", "is not a date (yyyy-MM-dd)");
		}
	}

}
