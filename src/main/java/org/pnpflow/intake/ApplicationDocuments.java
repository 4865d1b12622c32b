package org.pnpflow.intake;

import java.util.List;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.documents.Document;
import org.pnpflow.documents.DocumentUploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the documents of a file for staff.
 */
@Service
class ApplicationDocuments {

	private final ApplicationFileRepository files;

	private final DocumentUploads uploads;

	ApplicationDocuments(ApplicationFileRepository files, DocumentUploads uploads) {
		this.files = files;
		this.uploads = uploads;
	}

	record Content(String fileName, String contentType, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	List<Document> list(FileNumber fileNumber) {
		return this.uploads.documentsOf(find(fileNumber));
	}

	@Transactional(readOnly = true)
	Content content(FileNumber fileNumber, Long documentId) {
		ApplicationFile file = find(fileNumber);
		Document document = this.uploads.document(file, documentId)
			.filter(Document::hasContent)
			.orElseThrow(() -> new FileNotFoundException(fileNumber.value() + " with a document " + documentId));
		byte[] bytes = this.uploads.content(file, documentId).orElseThrow();
		return new Content(document.getFileName(), document.getContentType(), bytes);
	}

	private ApplicationFile find(FileNumber fileNumber) {
		return this.files.findByFileNumber(fileNumber).orElseThrow(() -> new FileNotFoundException(fileNumber.value()));
	}

}
