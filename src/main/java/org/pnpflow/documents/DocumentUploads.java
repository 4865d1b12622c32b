package org.pnpflow.documents;

import java.time.LocalDate;
import java.util.Optional;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.Sha256;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches uploaded documents to a file: type from the bytes, size within the limit,
 * SHA-256 kept, the same bytes on the same file stored once. Stored in the database, in
 * the transaction that records the document (docs/adr/005-documents-in-the-database.md).
 */
@Service
public class DocumentUploads {

	private final DocumentRepository documents;

	private final ContentStore store;

	private final DocumentChecks checks;

	private final PnpProperties properties;

	private final ProgramClock clock;

	DocumentUploads(DocumentRepository documents, ContentStore store, DocumentChecks checks, PnpProperties properties,
			ProgramClock clock) {
		this.documents = documents;
		this.store = store;
		this.checks = checks;
		this.properties = properties;
		this.clock = clock;
	}

	/** What the sender says about the document. */
	public record Metadata(String documentType, LocalDate issuedOn, LocalDate expiresOn, String documentNumber,
			String holderFamilyName, String holderGivenNames, LocalDate holderDateOfBirth) {
	}

	/**
	 * The document on file, and whether this upload stored it (false: the same bytes were
	 * there).
	 */
	public record Attached(Document document, boolean stored) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Attached attach(ApplicationFile file, Metadata metadata, String fileName, byte[] content, String by) {
		if (!this.checks.isKnownType(metadata.documentType())) {
			throw new UploadRefusedException(400, "documentType", "'" + metadata.documentType()
					+ "' is not a document type of the program: one of " + this.properties.getDocumentTypes().keySet());
		}
		if (metadata.issuedOn() != null && metadata.expiresOn() != null
				&& metadata.expiresOn().isBefore(metadata.issuedOn())) {
			throw new UploadRefusedException(400, "expiresOn", "cannot be before issuedOn");
		}
		if (metadata.documentNumber() != null && metadata.documentNumber().length() > 60) {
			throw new UploadRefusedException(400, "documentNumber", "must be at most 60 characters");
		}
		tooLong("holderFamilyName", metadata.holderFamilyName(), 100);
		tooLong("holderGivenNames", metadata.holderGivenNames(), 150);
		if (content == null || content.length == 0) {
			throw new UploadRefusedException(400, "file", "is empty");
		}
		long limit = this.properties.getDocuments().getMaxUploadBytes();
		if (content.length > limit) {
			throw new UploadRefusedException(413, "file",
					"is " + content.length + " bytes; the largest document accepted is " + limit + " bytes");
		}
		String contentType = ContentTypes.detect(content);
		if (contentType == null) {
			throw new UploadRefusedException(415, "file",
					"is not a PDF, JPEG or PNG document (judged from its content, not its name)");
		}
		String sha256 = sha256(content);
		Optional<Document> same = this.documents.findFirstByApplicationIdAndSha256(file.getId(), sha256);
		if (same.isPresent()) {
			return new Attached(same.get(), false);
		}
		this.store.put(content);
		Document document = new Document(file.getId(), metadata.documentType(), "PORTAL", this.clock.now(),
				metadata.issuedOn(), metadata.expiresOn(), metadata.documentNumber(), by)
			.heldBy(blankToNull(metadata.holderFamilyName()), blankToNull(metadata.holderGivenNames()),
					metadata.holderDateOfBirth())
			.withContent(safeName(fileName), contentType, content.length, sha256);
		return new Attached(this.documents.save(document), true);
	}

	/**
	 * The bytes of a document of the file, or empty when the file has no such document
	 * with content.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> content(ApplicationFile file, Long documentId) {
		return this.documents.findByIdAndApplicationId(documentId, file.getId())
			.filter(Document::hasContent)
			.flatMap((document) -> this.store.get(document.getSha256()));
	}

	public Optional<Document> document(ApplicationFile file, Long documentId) {
		return this.documents.findByIdAndApplicationId(documentId, file.getId());
	}

	public java.util.List<Document> documentsOf(ApplicationFile file) {
		return this.documents.findByApplicationIdOrderByReceivedAtAsc(file.getId());
	}

	static String sha256(byte[] content) {
		return Sha256.of(content);
	}

	/**
	 * Keeps a file name fit for a Content-Disposition header: no path, no quotes or
	 * control characters.
	 */
	static String safeName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "document";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	/** Refuses a holder name longer than its column, as intake does (400, not 500). */
	private static void tooLong(String field, String text, int longest) {
		String kept = blankToNull(text);
		if (kept != null && kept.length() > longest) {
			throw new UploadRefusedException(400, field, "must be at most " + longest + " characters");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
