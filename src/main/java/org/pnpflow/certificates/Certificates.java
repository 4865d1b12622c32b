package org.pnpflow.certificates;

import java.time.LocalDate;
import java.util.Map;

import org.pnpflow.assessment.SignOff;
import org.pnpflow.assessment.SignOffRepository;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.letters.LetterFactsProvider;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.numbering.NumberSequences;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues Nominee Certificates and follows them to the end of their life. The number is
 * taken in the transaction that issues the certificate: unique, consecutive per year,
 * never reused.
 */
@Service
public class Certificates implements LetterFactsProvider {

	static final String SEQUENCE = "CERTIFICATE";

	private final CertificateRepository certificates;

	private final SignOffRepository signOffs;

	private final NumberSequences numbers;

	private final CaseNoteRepository notes;

	private final Letters letters;

	private final PnpProperties properties;

	private final ProgramClock clock;

	Certificates(CertificateRepository certificates, SignOffRepository signOffs, NumberSequences numbers,
			CaseNoteRepository notes, @Lazy Letters letters, PnpProperties properties, ProgramClock clock) {
		this.certificates = certificates;
		this.signOffs = signOffs;
		this.numbers = numbers;
		this.notes = notes;
		this.letters = letters;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Certificate issue(ApplicationFile file) {
		return this.certificates.findByApplicationId(file.getId()).orElseGet(() -> {
			LocalDate today = this.clock.today();
			long next = this.numbers.next(SEQUENCE, today.getYear());
			String number = String.format("%s-%d-%06d", this.properties.getCertificateNumberPrefix(), today.getYear(),
					next);
			String director = this.signOffs.findByApplicationIdOrderByIdAsc(file.getId())
				.stream()
				.filter((signOff) -> signOff.getSigningRole() == SignOff.Role.DIRECTOR
						&& "SIGN".equals(signOff.getDecision()))
				.reduce((first, second) -> second)
				.map(SignOff::getDecidedBy)
				.orElseThrow(() -> new IllegalStateException(
						"File " + file.getFileNumber() + " has no director's signature: no certificate can be issued"));
			return this.certificates.save(new Certificate(file.getId(), number, today,
					today.plus(this.properties.getCertificateValidity()), director));
		});
	}

	public java.util.Optional<Certificate> of(ApplicationFile file) {
		return this.certificates.findByApplicationId(file.getId());
	}

	@Override
	public void contribute(ApplicationFile file, LetterType type, Map<String, String> facts) {
		this.certificates.findByApplicationId(file.getId()).ifPresent((certificate) -> {
			facts.put("certificateNumber", certificate.getCertificateNumber());
			facts.put("certificateExpiry",
					this.letters.formatDate(certificate.getExpiresOn().atStartOfDay(this.clock.zone()).toInstant(),
							file.getApplicant().getPreferredLanguage()));
		});
		if (type == LetterType.NOMINATION_WITHDRAWN) {
			this.notes.findByApplicationIdOrderByWrittenAtAsc(file.getId())
				.stream()
				.filter((note) -> NOMINATION_WITHDRAWN_TOPIC.equals(note.getTopic()))
				.reduce((first, second) -> second)
				.ifPresent((note) -> facts.put("reasons", note.getBody()));
		}
	}

	public static final String NOMINATION_WITHDRAWN_TOPIC = "Nomination withdrawn";

}
