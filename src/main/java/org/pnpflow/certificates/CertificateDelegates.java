package org.pnpflow.certificates;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.StepKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service steps of a certificate's life: {@code ${issueCertificate}},
 * {@code ${sendExpiryNotice}}, {@code ${applyExtensionDecision}},
 * {@code ${expireCertificate}}, {@code ${withdrawNomination}} and
 * {@code ${recordPermanentResidenceOutcome}}.
 */
@Configuration(proxyBeanMethods = false)
class CertificateDelegates {

	@Bean
	JavaDelegate issueCertificate(CaseFiles files, Certificates certificates, Timers timers) {
		return (execution) -> timers.set(execution, certificates.issue(files.of(execution)));
	}

	@Bean
	JavaDelegate sendExpiryNotice(CaseFiles files, CertificateRepository certificates, Letters letters,
			ProgramClock clock) {
		return (execution) -> {
			ApplicationFile file = files.of(execution);
			Certificate certificate = certificateOf(certificates, file);
			if (certificate.isInForce() && !certificate.getExpiresOn().isBefore(clock.today())) {
				letters.send(file, LetterType.CERTIFICATE_EXPIRY_NOTICE, execution.getProcessBusinessKey() + "/"
						+ LetterType.CERTIFICATE_EXPIRY_NOTICE + "/" + certificate.getExpiresOn());
			}
			// once per expiry date: the next notice waits until after the expiry (which
			// comes first)
			// or an extension, and never for a moment already past
			var afterExpiry = certificate.getExpiresOn().plusDays(2).atStartOfDay(clock.zone()).toInstant();
			var tomorrow = clock.now().plus(java.time.Duration.ofDays(1));
			execution.setVariable(ProcessVariables.CERTIFICATE_NOTICE_AT,
					Date.from(afterExpiry.isAfter(tomorrow) ? afterExpiry : tomorrow));
		};
	}

	@Bean
	JavaDelegate applyExtensionDecision(CaseFiles files, CertificateRepository certificates, Certificates service,
			Letters letters, Timers timers, HistoryService history) {
		return (execution) -> {
			ApplicationFile file = files.of(execution);
			Certificate certificate = certificateOf(certificates, file);
			CertificateExtension extension = service.latestExtension(certificate)
				.filter((pending) -> pending.getDecision() != null && !pending.isApplied())
				.orElseThrow(() -> new IllegalStateException(
						"No decided extension request to apply on " + file.getFileNumber()));
			String key = execution.getProcessBusinessKey() + "/extension/" + extension.getRequestedAt().toEpochMilli();
			if (extension.isApproved()) {
				certificate.extendUntil(extension.getNewExpiry());
				service.reissuePdf(file, certificate);
				letters.send(file, LetterType.CERTIFICATE_EXTENSION, key);
			}
			else {
				letters.send(file, LetterType.CERTIFICATE_EXTENSION_REFUSED, key);
			}
			extension.markApplied();
			timers.set(execution, certificate);
		};
	}

	@Bean
	JavaDelegate expireCertificate(CaseFiles files, CertificateRepository certificates, Letters letters) {
		return (execution) -> {
			ApplicationFile file = files.of(execution);
			Certificate certificate = certificateOf(certificates, file);
			if (certificate.isInForce()) {
				certificate.expire();
				letters.send(file, LetterType.CERTIFICATE_EXPIRED, key(execution, LetterType.CERTIFICATE_EXPIRED));
			}
		};
	}

	@Bean
	JavaDelegate withdrawNomination(CaseFiles files, CertificateRepository certificates, Letters letters) {
		return (execution) -> {
			ApplicationFile file = files.of(execution);
			certificateOf(certificates, file).withdraw();
			letters.send(file, LetterType.NOMINATION_WITHDRAWN, key(execution, LetterType.NOMINATION_WITHDRAWN));
		};
	}

	@Bean
	JavaDelegate recordPermanentResidenceOutcome(CaseFiles files, CertificateRepository certificates) {
		return (execution) -> {
			Object outcome = execution.getVariable(ProcessVariables.PERMANENT_RESIDENCE_OUTCOME);
			certificateOf(certificates, files.of(execution))
				.recordPermanentResidence(outcome == null ? "UNKNOWN" : outcome.toString());
		};
	}

	@Bean
	Timers certificateTimers(PnpProperties properties, ProgramClock clock) {
		return new Timers(properties, clock);
	}

	private static Certificate certificateOf(CertificateRepository certificates, ApplicationFile file) {
		return certificates.findByApplicationId(file.getId())
			.orElseThrow(() -> new IllegalStateException("File " + file.getFileNumber() + " has no certificate"));
	}

	private static String key(DelegateExecution execution, LetterType type) {
		return StepKeys.of(execution, type.name());
	}

	/**
	 * The dates the BPMN's certificate timers wait for: the expiry and the notice before
	 * it.
	 */
	static final class Timers {

		private final PnpProperties properties;

		private final ProgramClock clock;

		Timers(PnpProperties properties, ProgramClock clock) {
			this.properties = properties;
			this.clock = clock;
		}

		void set(DelegateExecution execution, Certificate certificate) {
			LocalDate dayAfterExpiry = certificate.getExpiresOn().plusDays(1);
			var expiresAt = dayAfterExpiry.atStartOfDay(this.clock.zone()).toInstant();
			var noticeAt = certificate.getExpiresOn()
				.atStartOfDay(this.clock.zone())
				.toInstant()
				.minus(this.properties.getCertificateExpiryNoticeBefore());
			execution.setVariable(ProcessVariables.CERTIFICATE_EXPIRES_AT, Date.from(expiresAt));
			execution.setVariable(ProcessVariables.CERTIFICATE_NOTICE_AT,
					Date.from(noticeAt.isBefore(this.clock.now()) ? this.clock.now() : noticeAt));
		}

	}

}
