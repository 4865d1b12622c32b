package org.pnpflow.intake;

import java.util.List;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.fees.Fees;
import org.pnpflow.fees.Payment;
import org.pnpflow.documents.Document;
import org.pnpflow.documents.DocumentUploads;
import org.pnpflow.certificates.Certificate;
import org.pnpflow.certificates.Certificates;
import org.pnpflow.letters.Letter;
import org.pnpflow.letters.LetterDeliveryRepository;
import org.pnpflow.letters.Letters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the documents, letters and certificate of a file for staff.
 */
@Service
class ApplicationDocuments {

	private final ApplicationFileRepository files;

	private final DocumentUploads uploads;

	private final Letters letters;

	private final LetterDeliveryRepository deliveries;

	private final Certificates certificates;

	private final Fees fees;

	ApplicationDocuments(ApplicationFileRepository files, DocumentUploads uploads, Letters letters,
			LetterDeliveryRepository deliveries, Certificates certificates, Fees fees) {
		this.fees = fees;
		this.files = files;
		this.uploads = uploads;
		this.letters = letters;
		this.deliveries = deliveries;
		this.certificates = certificates;
	}

	/**
	 * The types a document is served as. The upload check stores only these, but a row
	 * written any other way (an import, an older release, the database by hand) must not
	 * make a browser render a page or run a script from a document.
	 */
	static final Set<String> SERVED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	/** What is served for any other stored type: bytes to save, never to render. */
	static final String OTHER_TYPE = "application/octet-stream";

	record Content(String fileName, String contentType, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	List<Payment> payments(FileNumber fileNumber) {
		return this.fees.paymentsOf(find(fileNumber));
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
		return new Content(document.getFileName(), servedType(document.getContentType()), bytes);
	}

	@Transactional(readOnly = true)
	List<LetterView> letters(FileNumber fileNumber) {
		ApplicationFile file = find(fileNumber);
		return this.letters.of(file)
			.stream()
			.map((letter) -> LetterView.of(fileNumber.value(), letter,
					this.deliveries.findByIdempotencyKeyOrderByIdAsc(letter.getIdempotencyKey())))
			.toList();
	}

	@Transactional(readOnly = true)
	Content letterPdf(FileNumber fileNumber, Long letterId) {
		ApplicationFile file = find(fileNumber);
		Letter letter = this.letters.find(file, letterId)
			.orElseThrow(() -> new FileNotFoundException(fileNumber.value() + " with a letter " + letterId));
		return new Content(fileNumber.value() + "-" + letter.getLetterType() + "-" + letter.getId() + ".pdf",
				"application/pdf", this.letters.pdfOf(letter));
	}

	@Transactional(readOnly = true)
	Content certificatePdf(FileNumber fileNumber) {
		ApplicationFile file = find(fileNumber);
		Certificate certificate = this.certificates.of(file)
			.orElseThrow(() -> new FileNotFoundException(fileNumber.value() + " with a certificate"));
		byte[] pdf = this.certificates.pdfOf(certificate).orElseThrow();
		return new Content(certificate.getCertificateNumber() + ".pdf", "application/pdf", pdf);
	}

	static String servedType(String storedType) {
		return SERVED_TYPES.contains(storedType) ? storedType : OTHER_TYPE;
	}

	private ApplicationFile find(FileNumber fileNumber) {
		return this.files.findByFileNumber(fileNumber).orElseThrow(() -> new FileNotFoundException(fileNumber.value()));
	}

}
