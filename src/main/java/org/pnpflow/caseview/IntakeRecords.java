package org.pnpflow.caseview;

import java.util.List;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Language;
import org.pnpflow.caseview.CaseFileView.CertificateRow;
import org.pnpflow.caseview.CaseFileView.ChecklistRow;
import org.pnpflow.caseview.CaseFileView.DocumentRow;
import org.pnpflow.caseview.CaseFileView.ExtensionRow;
import org.pnpflow.caseview.CaseFileView.LetterRow;
import org.pnpflow.caseview.CaseFileView.PaymentRow;
import org.pnpflow.caseview.CaseFileView.RefundRow;
import org.pnpflow.certificates.CertificateExtensionRepository;
import org.pnpflow.certificates.CertificateRepository;
import org.pnpflow.documents.ChecklistItemRepository;
import org.pnpflow.documents.DocumentChecks;
import org.pnpflow.documents.DocumentRepository;
import org.pnpflow.fees.PaymentRepository;
import org.pnpflow.fees.RefundRepository;
import org.pnpflow.letters.LetterDelivery;
import org.pnpflow.letters.LetterDeliveryRepository;
import org.pnpflow.letters.LetterRepository;
import org.springframework.stereotype.Component;

/**
 * What arrived and what was sent on a file, for its case view: documents and the
 * checklist's verdicts, payments and refunds, letters and the certificate, each with the
 * address of its content (served by the intake API, which checks the role again).
 */
@Component
class IntakeRecords {

	private final DocumentRepository documents;

	private final ChecklistItemRepository checklist;

	private final DocumentChecks checks;

	private final PaymentRepository payments;

	private final RefundRepository refunds;

	private final LetterRepository letters;

	private final LetterDeliveryRepository deliveries;

	private final CertificateRepository certificates;

	private final CertificateExtensionRepository extensions;

	IntakeRecords(DocumentRepository documents, ChecklistItemRepository checklist, DocumentChecks checks,
			PaymentRepository payments, RefundRepository refunds, LetterRepository letters,
			LetterDeliveryRepository deliveries, CertificateRepository certificates,
			CertificateExtensionRepository extensions) {
		this.documents = documents;
		this.checklist = checklist;
		this.checks = checks;
		this.payments = payments;
		this.refunds = refunds;
		this.letters = letters;
		this.deliveries = deliveries;
		this.certificates = certificates;
		this.extensions = extensions;
	}

	List<DocumentRow> documents(ApplicationFile file, Language language) {
		String base = base(file);
		return this.documents.findByApplicationIdOrderByReceivedAtAsc(file.getId())
			.stream()
			.map((document) -> new DocumentRow(document.getId(), document.getDocumentType(),
					this.checks.nameOf(document.getDocumentType(), language), document.getChannel(),
					document.getReceivedAt(), document.getIssuedOn(), document.getExpiresOn(),
					document.getDocumentNumber(), document.getFileName(), document.getSizeBytes(),
					document.hasContent() ? base + "/documents/" + document.getId() + "/content" : null))
			.toList();
	}

	List<ChecklistRow> checklist(ApplicationFile file, Language language) {
		return this.checklist.findByApplicationIdOrderByIdAsc(file.getId())
			.stream()
			.map((item) -> new ChecklistRow(item.getDocumentType(),
					this.checks.nameOf(item.getDocumentType(), language), item.getState().name(), item.getProblem(),
					item.getDetail(), item.getCheckedAt()))
			.toList();
	}

	List<PaymentRow> payments(ApplicationFile file) {
		return this.payments.findByApplicationIdOrderByReceivedAtAsc(file.getId())
			.stream()
			.map((payment) -> new PaymentRow(payment.getKind().name(), payment.getMethod().name(), payment.getAmount(),
					payment.getCurrency(), payment.getReference(), payment.getReceivedAt(), payment.getStatus().name(),
					payment.getReversalReason(), payment.getRecordedBy()))
			.toList();
	}

	List<RefundRow> refunds(ApplicationFile file) {
		return this.refunds.findByApplicationIdOrderByIdAsc(file.getId())
			.stream()
			.map((refund) -> new RefundRow(refund.getAmount(), refund.getReason(), refund.getStatus().name(),
					refund.getRequestedAt(), refund.getRequestedBy(), refund.getDecidedAt(), refund.getDecidedBy()))
			.toList();
	}

	List<LetterRow> letters(ApplicationFile file) {
		String base = base(file);
		return this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(file.getId()).stream().map((letter) -> {
			List<LetterRow.Sent> sent = this.deliveries.findByIdempotencyKeyOrderByIdAsc(letter.getIdempotencyKey())
				.stream()
				.map(IntakeRecords::sent)
				.toList();
			return new LetterRow(letter.getId(), letter.getLetterType().name(), letter.getLanguage(),
					letter.getSubject(), letter.getCreatedAt(), letter.getDeadline(), sent,
					letter.getPdfSha256() != null ? base + "/letters/" + letter.getId() + "/pdf" : null);
		}).toList();
	}

	CertificateRow certificate(ApplicationFile file) {
		return this.certificates.findByApplicationId(file.getId())
			.map((certificate) -> new CertificateRow(certificate.getCertificateNumber(), certificate.getIssuedOn(),
					certificate.getExpiresOn(), certificate.getStatus().name(), certificate.getSignedBy(),
					certificate.getPermanentResidenceOutcome(),
					this.extensions.findByCertificateIdOrderByIdAsc(certificate.getId())
						.stream()
						.map((extension) -> new ExtensionRow(extension.getRequestedAt(), extension.getReason(),
								extension.getDecision(), extension.getDecidedBy(), extension.getDecidedAt(),
								extension.getPreviousExpiry(), extension.getNewExpiry()))
						.toList(),
					certificate.getPdfSha256() != null ? base(file) + "/certificate/pdf" : null))
			.orElse(null);
	}

	private static LetterRow.Sent sent(LetterDelivery delivery) {
		return new LetterRow.Sent(delivery.getRecipientEmail(), delivery.getRecipientRole(), delivery.getSentAt(),
				delivery.getStatus().name());
	}

	private static String base(ApplicationFile file) {
		return "/api/applications/" + file.getFileNumber().value();
	}

}
