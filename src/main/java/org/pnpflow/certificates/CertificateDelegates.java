package org.pnpflow.certificates;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service steps of a certificate's life: {@code ${issueCertificate}},
 * {@code ${expireCertificate}}, {@code ${withdrawNomination}} and
 * {@code ${recordPermanentResidenceOutcome}}.
 */
@Configuration(proxyBeanMethods = false)
class CertificateDelegates {

	@Bean
	JavaDelegate issueCertificate(CaseFiles files, Certificates certificates, ProgramClock clock) {
		return (execution) -> {
			Certificate certificate = certificates.issue(files.of(execution));
			execution.setVariable(ProcessVariables.CERTIFICATE_EXPIRES_AT,
					Date.from(certificate.getExpiresOn().plusDays(1).atStartOfDay(clock.zone()).toInstant()));
		};
	}

	@Bean
	JavaDelegate expireCertificate(CaseFiles files, CertificateRepository certificates, Letters letters) {
		return (execution) -> {
			ApplicationFile file = files.of(execution);
			Certificate certificate = certificateOf(certificates, file);
			if (certificate.getStatus() == Certificate.Status.VALID) {
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

	private static Certificate certificateOf(CertificateRepository certificates, ApplicationFile file) {
		return certificates.findByApplicationId(file.getId())
			.orElseThrow(() -> new IllegalStateException("File " + file.getFileNumber() + " has no certificate"));
	}

	private static String key(DelegateExecution execution, LetterType type) {
		return execution.getProcessBusinessKey() + "/" + type + "/" + execution.getActivityInstanceId();
	}

}
