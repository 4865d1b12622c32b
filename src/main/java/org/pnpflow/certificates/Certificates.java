package org.pnpflow.certificates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.pnpflow.assessment.SignOff;
import org.pnpflow.assessment.SignOffRepository;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.casefile.Language;
import org.pnpflow.documents.ContentStore;
import org.pnpflow.letters.LetterFactsProvider;
import org.pnpflow.letters.LetterTemplates;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.letters.PdfDocuments;
import org.pnpflow.numbering.NumberSequences;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues Nominee Certificates and follows them to the end of their life. The number is
 * taken in the transaction that issues the certificate: unique, consecutive per year,
 * never reused. The certificate's PDF carries a QR code pointing to the public
 * verification page.
 */
@Service
public class Certificates implements LetterFactsProvider {

	public static final String NOMINATION_WITHDRAWN_TOPIC = "Nomination withdrawn";

	static final String SEQUENCE = "CERTIFICATE";

	private final CertificateRepository certificates;

	private final CertificateExtensionRepository extensions;

	private final SignOffRepository signOffs;

	private final NumberSequences numbers;

	private final CaseNoteRepository notes;

	private final Letters letters;

	private final LetterTemplates templates;

	private final PdfDocuments pdfs;

	private final ContentStore contents;

	private final IdentityService identity;

	private final Streams streams;

	private final PnpProperties properties;

	private final ProgramClock clock;

	private final ApplicationEventPublisher events;

	private final Timer issuing;

	Certificates(CertificateRepository certificates, CertificateExtensionRepository extensions,
			SignOffRepository signOffs, NumberSequences numbers, CaseNoteRepository notes, @Lazy Letters letters,
			LetterTemplates templates, PdfDocuments pdfs, ContentStore contents, IdentityService identity,
			Streams streams, PnpProperties properties, ProgramClock clock, ApplicationEventPublisher events,
			MeterRegistry meters) {
		this.issuing = Timer.builder("pnp.certificates.issuing")
			.description("Time to issue a Nominee Certificate: its number, its record and its PDF, stored")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
		this.certificates = certificates;
		this.extensions = extensions;
		this.signOffs = signOffs;
		this.numbers = numbers;
		this.notes = notes;
		this.letters = letters;
		this.templates = templates;
		this.pdfs = pdfs;
		this.contents = contents;
		this.identity = identity;
		this.streams = streams;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public Certificate issue(ApplicationFile file) {
		return this.certificates.findByApplicationId(file.getId()).orElseGet(() -> this.issuing.record(() -> {
			LocalDate today = this.clock.today();
			String number = number(today.getYear(), this.numbers.next(SEQUENCE, today.getYear()));
			String director = this.signOffs.findByApplicationIdOrderByIdAsc(file.getId())
				.stream()
				.filter((signOff) -> signOff.getSigningRole() == SignOff.Role.DIRECTOR
						&& "SIGN".equals(signOff.getDecision()))
				.reduce((first, second) -> second)
				.map(SignOff::getDecidedBy)
				.orElseThrow(() -> new IllegalStateException(
						"File " + file.getFileNumber() + " has no director's signature: no certificate can be issued"));
			Certificate certificate = this.certificates.save(new Certificate(file.getId(), number, today,
					today.plus(this.properties.getCertificateValidity()), director));
			certificate.attachPdf(this.contents.put(pdf(file, certificate)));
			this.events.publishEvent(new CertificateIssued(file.getStream()));
			return certificate;
		}));
	}

	/**
	 * Makes the certificate's PDF again, e.g. with the new expiry date of an extension.
	 */
	@Transactional
	public void reissuePdf(ApplicationFile file, Certificate certificate) {
		certificate.attachPdf(this.contents.put(pdf(file, certificate)));
	}

	/** The certificate number from {@code pnp.certificate-number-pattern}. */
	String number(int year, long sequence) {
		return this.properties.getCertificateNumberPattern()
			.replace("{prefix}", this.properties.getCertificateNumberPrefix())
			.replace("{year}", String.valueOf(year))
			.replace("{number}", String.format("%06d", sequence));
	}

	private byte[] pdf(ApplicationFile file, Certificate certificate) {
		DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
		String verifyUrl = this.properties.getPublicBaseUrl() + "/verify/" + certificate.getCertificateNumber();
		Map<String, Object> model = new HashMap<>();
		model.put("programName", this.properties.getProgramName());
		model.put("programNameFr", this.properties.getProgramNameFr());
		model.put("certificateNumber", certificate.getCertificateNumber());
		model.put("nomineeName", file.getApplicant().getFullName());
		model.put("streamName", this.streams.nameOf(file.getStream(), Language.EN));
		model.put("streamNameFr", this.streams.nameOf(file.getStream(), Language.FR));
		model.put("occupationCode", file.getOccupationCode());
		model.put("issuedOn", day.format(certificate.getIssuedOn()));
		model.put("expiresOn", day.format(certificate.getExpiresOn()));
		model.put("directorName", fullName(certificate.getSignedBy()));
		model.put("directorTitle", this.properties.getLetterhead().getDirectorTitle());
		model.put("verifyUrl", verifyUrl);
		model.put("qrCode", QrCodes.pngDataUri(verifyUrl, 240));
		return this.pdfs
			.toPdf(this.templates.render("certificates/nominee-certificate.html", model, Locale.CANADA).html());
	}

	private String fullName(String userId) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		if (user == null || user.getFirstName() == null) {
			return userId;
		}
		return (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).trim();
	}

	public Optional<Certificate> of(ApplicationFile file) {
		return this.certificates.findByApplicationId(file.getId());
	}

	public Optional<Certificate> byNumber(String certificateNumber) {
		return this.certificates.findByCertificateNumber(certificateNumber);
	}

	public Optional<byte[]> pdfOf(Certificate certificate) {
		return this.contents.get(certificate.getPdfSha256());
	}

	/** Records a nominee's request to extend; the manager decides in Tasklist. */
	@Transactional
	public CertificateExtension requestExtension(ApplicationFile file, String reason, String by) {
		Certificate certificate = of(file).filter(Certificate::isInForce)
			.orElseThrow(
					() -> new IllegalStateException("File " + file.getFileNumber() + " has no certificate in force"));
		return this.extensions.save(new CertificateExtension(certificate.getId(), this.clock.now(), by, reason,
				certificate.getExpiresOn()));
	}

	public Optional<CertificateExtension> latestExtension(Certificate certificate) {
		return this.extensions.findFirstByCertificateIdOrderByIdDesc(certificate.getId());
	}

	/** The date an approved extension runs to when the manager names none. */
	public LocalDate defaultExtendedExpiry(Certificate certificate) {
		return certificate.getExpiresOn().plus(this.properties.getCertificateExtension());
	}

	@Override
	public void contribute(ApplicationFile file, LetterType type, Map<String, Object> facts) {
		of(file).ifPresent((certificate) -> {
			facts.put("certificateNumber", certificate.getCertificateNumber());
			facts.put("certificateExpiry",
					this.letters.formatDate(certificate.getExpiresOn().atStartOfDay(this.clock.zone()).toInstant(),
							file.getApplicant().getPreferredLanguage()));
			if (type == LetterType.CERTIFICATE_EXTENSION_REFUSED) {
				latestExtension(certificate)
					.ifPresent((extension) -> facts.put("reasons", extension.getDecisionReasons()));
			}
		});
		if (type == LetterType.NOMINATION_WITHDRAWN) {
			this.notes.findByApplicationIdOrderByWrittenAtAsc(file.getId())
				.stream()
				.filter((note) -> NOMINATION_WITHDRAWN_TOPIC.equals(note.getTopic()))
				.reduce((first, second) -> second)
				.ifPresent((note) -> facts.put("reasons", note.getBody()));
		}
	}

}
