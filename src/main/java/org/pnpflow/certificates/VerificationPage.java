package org.pnpflow.certificates;

import java.util.Optional;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page a border officer or employer reaches from a certificate's QR code:
 * whether the certificate is in force, and the nominee's name. Nothing else personal; no
 * login.
 */
@Controller
class VerificationPage {

	private final CertificateRepository certificates;

	private final ApplicationFileRepository files;

	private final PnpProperties properties;

	private final ProgramClock clock;

	VerificationPage(CertificateRepository certificates, ApplicationFileRepository files, PnpProperties properties,
			ProgramClock clock) {
		this.certificates = certificates;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/verify/{certificateNumber}")
	@Transactional(readOnly = true)
	String verify(@PathVariable String certificateNumber, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		model.addAttribute("programName", this.properties.getProgramName());
		model.addAttribute("certificateNumber", certificateNumber);
		Optional<Certificate> found = certificateNumber.length() > 40 ? Optional.empty()
				: this.certificates.findByCertificateNumber(certificateNumber);
		model.addAttribute("found", found.isPresent());
		found.ifPresentOrElse((certificate) -> {
			ApplicationFile file = this.files.findById(certificate.getApplicationId()).orElseThrow();
			// an archived file no longer holds the name
			model.addAttribute("nomineeName", file.getApplicant() == null ? null : file.getApplicant().getFullName());
			// past its date but not yet marked (its timer waits behind a manager's
			// extension decision)
			boolean lapsed = certificate.isInForce() && certificate.getExpiresOn().isBefore(this.clock.today());
			model.addAttribute("status", lapsed ? Certificate.Status.EXPIRED.name() : certificate.getStatus().name());
			model.addAttribute("expiresOn", certificate.getExpiresOn().toString());
		}, () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		return "verify";
	}

}
