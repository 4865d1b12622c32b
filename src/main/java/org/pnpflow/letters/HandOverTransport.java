package org.pnpflow.letters;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP connection that runs a step at the one moment that decides whether a message is
 * delivered: when the whole message has been written and only its end (the lone dot, or
 * the last chunk) is still to go. Before that moment a broken connection leaves nothing
 * at the server; after it the server may have the message even if its answer never
 * arrives.
 *
 * <p>
 * Each send records what it learnt: whether the end was reached, and whether the server
 * then refused the message with a reply of its own (4xx or 5xx), which means it was not
 * taken.
 */
class HandOverTransport extends SMTPTransport {

	private Runnable beforeEnd = () -> {
	};

	private boolean handedOver;

	private boolean refused;

	HandOverTransport(Session session, URLName url, String protocol, boolean ssl) {
		super(session, url, protocol, ssl);
	}

	/**
	 * The step to run just before the end of the next message is sent; if it fails, the
	 * connection is dropped and the server discards the message.
	 */
	void beforeEnd(Runnable step) {
		this.beforeEnd = step;
		this.handedOver = false;
		this.refused = false;
	}

	/** Whether the end of the message was sent (or about to be) when the send stopped. */
	boolean handedOver() {
		return this.handedOver;
	}

	/** Whether the server answered the end of the message with a refusal of its own. */
	boolean refused() {
		return this.refused;
	}

	@Override
	protected synchronized void finishData() throws IOException, MessagingException {
		handOver();
		try {
			super.finishData();
		}
		catch (SMTPSendFailedException answer) {
			this.refused = isRefusal(answer);
			throw answer;
		}
	}

	@Override
	protected synchronized void finishBdat() throws IOException, MessagingException {
		handOver();
		try {
			super.finishBdat();
		}
		catch (SMTPSendFailedException answer) {
			this.refused = isRefusal(answer);
			throw answer;
		}
	}

	private void handOver() throws IOException {
		try {
			this.beforeEnd.run();
		}
		catch (RuntimeException failed) {
			// an IOException makes the transport drop the connection without the end
			throw new IOException("The message was not finished: " + failed.getMessage(), failed);
		}
		this.handedOver = true;
	}

	/** A reply code from the server, not a lost connection (reported as -1). */
	private static boolean isRefusal(SMTPSendFailedException answer) {
		return answer.getReturnCode() >= 400 && answer.getReturnCode() < 600;
	}

}
