package org.pnpflow.intake;

import java.time.Instant;
import java.time.LocalDate;

import org.pnpflow.documents.Document;

/**
 * A document on a file as the API shows it: what it is and how to fetch its content.
 */
record DocumentView(Long id, String documentType, String channel, Instant receivedAt, LocalDate issuedOn,
		LocalDate expiresOn, String fileName, String contentType, Long sizeBytes, String sha256, String contentUrl) {

	static DocumentView of(String fileNumber, Document document) {
		return new DocumentView(document.getId(), document.getDocumentType(), document.getChannel(),
				document.getReceivedAt(), document.getIssuedOn(), document.getExpiresOn(), document.getFileName(),
				document.getContentType(), document.getSizeBytes(), document.getSha256(), document.hasContent()
						? "/api/applications/" + fileNumber + "/documents/" + document.getId() + "/content" : null);
	}

}
