package org.pnpflow.certificates;

import java.time.LocalDate;
import java.util.Set;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.CaseNote;
import org.pnpflow.casefile.CaseNoteRepository;
import org.pnpflow.process.Markdown;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.TaskCompletion;
import org.pnpflow.process.TaskCompletionHandler;
import org.pnpflow.process.TaskDetailsProvider;
import org.pnpflow.process.TaskInputException;
import org.springframework.stereotype.Component;

/**
 * The manager decides a nominee's request to extend their certificate: approve (to a date
 * they choose, or by the configured period) or refuse, with reasons the nominee reads.
 */
@Component
class DecideCertificateExtensionTask implements TaskCompletionHandler, TaskDetailsProvider {

	static final String TASK = "UserTask_DecideCertificateExtension";

	private final Certificates certificates;

	private final CaseNoteRepository notes;

	private final ProgramClock clock;

	DecideCertificateExtensionTask(Certificates certificates, CaseNoteRepository notes, ProgramClock clock) {
		this.certificates = certificates;
		this.notes = notes;
		this.clock = clock;
	}

	@Override
	public Set<String> completes() {
		return Set.of(TASK);
	}

	@Override
	public Set<String> describes() {
		return completes();
	}

	@Override
	public Set<String> recordedInputs() {
		return Set.of("extensionDecision", "extensionReasons", "extendedUntil");
	}

	@Override
	public String details(ApplicationFile file, String taskKey) {
		Certificate certificate = this.certificates.of(file).orElseThrow();
		StringBuilder md = new StringBuilder("#### Certificate ")
			.append(Markdown.text(certificate.getCertificateNumber()))
			.append("\n\nStatus ")
			.append(certificate.getStatus())
			.append(", issued ")
			.append(certificate.getIssuedOn())
			.append(", expires ")
			.append(certificate.getExpiresOn())
			.append(". Approving without a date extends it to ")
			.append(this.certificates.defaultExtendedExpiry(certificate))
			.append(".\n\n");
		this.certificates.latestExtension(certificate)
			.ifPresent((request) -> md.append("**Request:** ").append(Markdown.text(request.getReason())).append("\n"));
		return md.toString();
	}

	@Override
	public void complete(TaskCompletion completion) {
		ApplicationFile file = completion.file();
		Certificate certificate = this.certificates.of(file).orElseThrow();
		CertificateExtension request = this.certificates.latestExtension(certificate)
			.filter((pending) -> pending.getDecision() == null)
			.orElseThrow(() -> new TaskInputException("There is no extension request waiting for a decision."));
		Decision decision = completion.choice("extensionDecision", "approve or refuse", Decision.class);
		String reasons = completion.requiredText("extensionReasons", "The reasons", 4000);
		LocalDate newExpiry = null;
		if (decision == Decision.APPROVE) {
			newExpiry = completion.has("extendedUntil")
					? completion.requiredDate("extendedUntil", "The new expiry date")
					: this.certificates.defaultExtendedExpiry(certificate);
			if (!newExpiry.isAfter(certificate.getExpiresOn())) {
				throw new TaskInputException(
						"The new expiry date must be after the current one (" + certificate.getExpiresOn() + ").");
			}
		}
		request.decide(decision.name(), reasons, newExpiry, completion.userId(), this.clock.now());
		this.notes.save(new CaseNote(file.getId(), completion.userId(), this.clock.now(), "Certificate extension",
				(decision == Decision.APPROVE ? "Extended until " + newExpiry : "Extension refused") + ": " + reasons));
	}

	enum Decision {

		APPROVE, REFUSE

	}

}
