package org.pnpflow.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.pnpflow.casefile.Channel;
import org.pnpflow.certificates.CertificateIssued;
import org.pnpflow.intake.ApplicationReceived;
import org.pnpflow.letters.LetterSent;
import org.pnpflow.letters.LetterType;
import org.pnpflow.process.Streams;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what the program produces: applications received, letters sent and certificates
 * issued, on this node since it started. Each is counted once its transaction has
 * committed, so a step that fails and is run again counts once. Every stream, channel and
 * letter type starts at zero, so that each series exists from the first scrape.
 */
@Component
class CaseMetrics {

	private static final String APPLICATIONS = "pnp.applications.received";

	private static final String LETTERS = "pnp.letters.sent";

	private static final String CERTIFICATES = "pnp.certificates.issued";

	private final MeterRegistry registry;

	CaseMetrics(MeterRegistry registry, Streams streams) {
		this.registry = registry;
		for (String stream : streams.codes()) {
			for (Channel channel : Channel.values()) {
				applications(stream, channel.name());
			}
			certificates(stream);
		}
		for (LetterType type : LetterType.values()) {
			letters(type.name());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ApplicationReceived received) {
		applications(received.stream(), received.channel()).increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(LetterSent sent) {
		letters(sent.letterType().name()).increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CertificateIssued issued) {
		certificates(issued.stream()).increment();
	}

	private Counter applications(String stream, String channel) {
		return Counter.builder(APPLICATIONS)
			.description("Applications received and given a file number, by stream and channel")
			.tag("stream", stream)
			.tag("channel", channel)
			.register(this.registry);
	}

	private Counter letters(String type) {
		return Counter.builder(LETTERS)
			.description("Letters made and, where letters are emailed, sent to every recipient, by letter type")
			.tag("type", type)
			.register(this.registry);
	}

	private Counter certificates(String stream) {
		return Counter.builder(CERTIFICATES)
			.description("Nominee Certificates issued, by stream")
			.tag("stream", stream)
			.register(this.registry);
	}

}
