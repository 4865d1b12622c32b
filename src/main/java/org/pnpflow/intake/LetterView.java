package org.pnpflow.intake;

import java.time.Instant;
import java.util.List;

import org.pnpflow.letters.Letter;
import org.pnpflow.letters.LetterDelivery;

/**
 * A letter on a file as the API lists it: what, when, in which language, from which
 * template, to whom it was emailed, and where its PDF is.
 */
record LetterView(Long id, String letterType, String language, String subject, Instant createdAt, Instant deadline,
		String templateVersion, String pdfSha256, Long pdfSize, List<Sent> sent, String pdfUrl) {

	/** One email; status HANDED_OVER until the mail server's acceptance is known. */
	record Sent(String to, String role, Instant at, String messageId, String status) {
	}

	static LetterView of(String fileNumber, Letter letter, List<LetterDelivery> deliveries) {
		return new LetterView(letter.getId(), letter.getLetterType().name(), letter.getLanguage(), letter.getSubject(),
				letter.getCreatedAt(), letter.getDeadline(), letter.getTemplateVersion(), letter.getPdfSha256(),
				letter.getPdfSize(),
				deliveries.stream()
					.map((d) -> new Sent(d.getRecipientEmail(), d.getRecipientRole(), d.getSentAt(), d.getMessageId(),
							d.getStatus().name()))
					.toList(),
				"/api/applications/" + fileNumber + "/letters/" + letter.getId() + "/pdf");
	}

}
