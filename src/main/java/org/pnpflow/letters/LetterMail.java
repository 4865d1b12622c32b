package org.pnpflow.letters;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Language;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails a letter with its PDF to the applicant and, where there is one, the
 * representative.
 *
 * <p>
 * Each send is recorded the moment the mail server accepts it, in a transaction of its
 * own: if the step around it fails afterwards and runs again, the letter is not sent a
 * second time. A server that refuses or cannot be reached fails the step, which the
 * engine retries and then turns into an incident: the letter is never lost.
 */
@Component
class LetterMail {

	private final ObjectProvider<JavaMailSender> sender;

	private final LetterDeliveryRepository deliveries;

	private final TransactionTemplate ownTransaction;

	private final PnpProperties properties;

	private final ProgramClock clock;

	LetterMail(ObjectProvider<JavaMailSender> sender, LetterDeliveryRepository deliveries,
			PlatformTransactionManager transactions, PnpProperties properties, ProgramClock clock) {
		this.sender = sender;
		this.deliveries = deliveries;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
	}

	void deliver(ApplicationFile file, Letter letter, byte[] pdf) {
		if (!this.properties.getMail().isEnabled()) {
			return;
		}
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			throw new IllegalStateException(
					"Letters are to be emailed (pnp.mail.enabled) but no mail server is set" + " (spring.mail.host)");
		}
		Map<String, String> recipients = new LinkedHashMap<>();
		recipients.put(letter.getRecipientEmail(), "APPLICANT");
		if (file.getRepresentative() != null) {
			recipients.putIfAbsent(file.getRepresentative().getEmail(), "REPRESENTATIVE");
		}
		for (Map.Entry<String, String> recipient : recipients.entrySet()) {
			if (this.deliveries.existsByIdempotencyKeyAndRecipientEmail(letter.getIdempotencyKey(),
					recipient.getKey())) {
				continue;
			}
			String messageId = "<"
					+ UUID.nameUUIDFromBytes(
							(letter.getIdempotencyKey() + "|" + recipient.getKey()).getBytes(StandardCharsets.UTF_8))
					+ "@pnpflow>";
			send(mailSender, file, letter, pdf, recipient.getKey(), recipient.getValue(), messageId);
			this.ownTransaction
				.executeWithoutResult((status) -> this.deliveries.save(new LetterDelivery(letter.getIdempotencyKey(),
						recipient.getKey(), recipient.getValue(), this.clock.now(), messageId)));
		}
	}

	private void send(JavaMailSender mailSender, ApplicationFile file, Letter letter, byte[] pdf, String to,
			String role, String messageId) {
		try {
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper mime = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			mime.setFrom(this.properties.getMail().getFrom());
			mime.setTo(to);
			mime.setSubject(letter.getSubject());
			boolean french = Language.FR.name().equals(letter.getLanguage());
			mime.setText(french
					? "Veuillez trouver ci-joint une lettre concernant votre dossier " + file.getFileNumber() + "."
					: "Please find attached a letter about your file " + file.getFileNumber() + ".");
			mime.addAttachment(file.getFileNumber() + "-" + letter.getLetterType() + ".pdf", new ByteArrayResource(pdf),
					"application/pdf");
			message.saveChanges();
			message.setHeader("Message-ID", messageId);
			mailSender.send(message);
		}
		catch (MessagingException | MailException failed) {
			// the message becomes an incident in Cockpit, kept in Camunda's tables: name
			// the
			// recipient's role, never the address, and keep the mail server's answer
			// without it
			String answer = String.valueOf(failed.getMessage()).replace(to, "<" + role.toLowerCase() + ">");
			throw new IllegalStateException(
					"Letter " + letter.getLetterType() + " of " + file.getFileNumber() + " could not be emailed to the "
							+ role.toLowerCase() + " (" + failed.getClass().getSimpleName() + ": " + answer + ")");
		}
	}

}
