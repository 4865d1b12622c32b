package org.pnpflow.letters;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.Language;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails a letter with its PDF to the applicant and, where there is one, the
 * representative, never twice to the same address.
 *
 * <p>
 * Each email is recorded in a transaction of its own, in two steps: as handed over just
 * before the end of the message goes to the mail server, and as sent once the server has
 * accepted it. A step that runs again skips every address recorded as sent. An address
 * left as handed over (the node stopped at that moment, or the connection broke before
 * the server's answer) may have received the letter or not; it is not sent again by
 * itself but fails the step, which becomes an incident naming the Message-ID for an
 * operator to look up in the mail server's log. A server that refuses or cannot be
 * reached fails the step too, which the engine retries: the letter is never lost and
 * never sent twice.
 */
@Component
class LetterMail {

	private static final Logger log = LoggerFactory.getLogger(LetterMail.class);

	private final ObjectProvider<JavaMailSenderImpl> sender;

	private final LetterDeliveryRepository deliveries;

	private final TransactionTemplate ownTransaction;

	private final PnpProperties properties;

	private final ProgramClock clock;

	LetterMail(ObjectProvider<JavaMailSenderImpl> sender, LetterDeliveryRepository deliveries,
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
		JavaMailSenderImpl mailSender = this.sender.getIfAvailable();
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
			Optional<LetterDelivery> recorded = this.deliveries
				.findByIdempotencyKeyAndRecipientEmail(letter.getIdempotencyKey(), recipient.getKey());
			if (recorded.isPresent()) {
				if (recorded.get().getStatus() == LetterDelivery.Status.HANDED_OVER) {
					throw unconfirmed(recorded.get());
				}
				continue;
			}
			String messageId = "<"
					+ UUID.nameUUIDFromBytes(
							(letter.getIdempotencyKey() + "|" + recipient.getKey()).getBytes(StandardCharsets.UTF_8))
					+ "@pnpflow>";
			LetterDelivery delivery = new LetterDelivery(letter, file.getFileNumber().toString(), recipient.getKey(),
					recipient.getValue(), this.clock.now(), messageId);
			send(mailSender, compose(mailSender, file, letter, pdf, delivery), delivery);
		}
	}

	private MimeMessage compose(JavaMailSenderImpl mailSender, ApplicationFile file, Letter letter, byte[] pdf,
			LetterDelivery delivery) {
		try {
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper mime = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			mime.setFrom(this.properties.getMail().getFrom());
			mime.setTo(delivery.getRecipientEmail());
			mime.setSubject(letter.getSubject());
			mime.setSentDate(Date.from(delivery.getSentAt()));
			boolean french = Language.FR.name().equals(letter.getLanguage());
			mime.setText(french
					? "Veuillez trouver ci-joint une lettre concernant votre dossier " + file.getFileNumber() + "."
					: "Please find attached a letter about your file " + file.getFileNumber() + ".");
			mime.addAttachment(file.getFileNumber() + "-" + letter.getLetterType() + ".pdf", new ByteArrayResource(pdf),
					"application/pdf");
			message.saveChanges();
			message.setHeader("Message-ID", delivery.getMessageId());
			return message;
		}
		catch (MessagingException failed) {
			throw notEmailed(delivery, failed);
		}
	}

	/**
	 * Sends one message on a connection of its own, recording it as handed over before
	 * its end goes and as sent once the server accepted it, each in a committed
	 * transaction.
	 */
	private void send(JavaMailSenderImpl mailSender, MimeMessage message, LetterDelivery delivery) {
		HandOverTransport transport = null;
		try {
			transport = connect(mailSender);
			transport.beforeEnd(
					() -> this.ownTransaction.executeWithoutResult((status) -> this.deliveries.saveAndFlush(delivery)));
			transport.sendMessage(message, message.getAllRecipients());
		}
		catch (MessagingException failed) {
			if (transport != null && transport.handedOver()) {
				if (!transport.refused()) {
					// the end of the message went and no answer came: it may have arrived
					throw unconfirmed(delivery);
				}
				this.ownTransaction.executeWithoutResult((status) -> this.deliveries.deleteById(delivery.getId()));
			}
			throw notEmailed(delivery, failed);
		}
		finally {
			closeQuietly(transport);
		}
		this.ownTransaction.executeWithoutResult(
				(status) -> this.deliveries.findById(delivery.getId()).ifPresent(LetterDelivery::accepted));
	}

	private static HandOverTransport connect(JavaMailSenderImpl mailSender) throws MessagingException {
		String protocol = (mailSender.getProtocol() != null) ? mailSender.getProtocol() : "smtp";
		String username = emptyToNull(mailSender.getUsername());
		String password = emptyToNull(mailSender.getPassword());
		HandOverTransport transport = new HandOverTransport(mailSender.getSession(),
				new URLName(protocol, mailSender.getHost(), mailSender.getPort(), null, username, password), protocol,
				"smtps".equals(protocol));
		transport.connect(mailSender.getHost(), mailSender.getPort(), username, password);
		return transport;
	}

	private static void closeQuietly(HandOverTransport transport) {
		if (transport == null) {
			return;
		}
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// the message's fate is already settled and recorded; a failed QUIT changes
			// nothing
			log.debug("Closing the mail server connection failed", ex);
		}
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	/**
	 * The step's failure for a message whose fate only the mail server's log can tell. It
	 * names the recipient's role and the Message-ID, never the address: it ends up in an
	 * incident, kept in Camunda's tables.
	 */
	private static IllegalStateException unconfirmed(LetterDelivery delivery) {
		return new IllegalStateException("The email of letter " + delivery.getLetterType() + " of "
				+ delivery.getFileNumber() + " to the " + delivery.getRecipientRole().toLowerCase()
				+ " is unconfirmed: it was handed to the mail server at " + delivery.getSentAt()
				+ " and the server's answer never came back. It is not sent again by itself. Look up Message-ID "
				+ delivery.getMessageId() + " in the mail server's log, record what it shows (POST /api/applications/"
				+ delivery.getFileNumber() + "/letter-deliveries/" + delivery.getId()
				+ "/confirmation), then retry this step.");
	}

	private static IllegalStateException notEmailed(LetterDelivery delivery, Exception failed) {
		String role = delivery.getRecipientRole().toLowerCase();
		String answer = String.valueOf(failed.getMessage()).replace(delivery.getRecipientEmail(), "<" + role + ">");
		return new IllegalStateException("Letter " + delivery.getLetterType() + " of " + delivery.getFileNumber()
				+ " could not be emailed to the " + role + " (" + failed.getClass().getSimpleName() + ": " + answer
				+ ")");
	}

}
