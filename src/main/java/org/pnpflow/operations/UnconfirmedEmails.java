package org.pnpflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.pnpflow.letters.LetterDelivery;
import org.pnpflow.letters.LetterDeliveryRepository;
import org.springframework.stereotype.Component;

/**
 * The emails handed to the mail server whose answer never came, read from the shared
 * database at each scrape: each stops a letter step until an operator settles it from the
 * mail server's log.
 */
@Component
class UnconfirmedEmails implements MeterBinder {

	private final LetterDeliveryRepository deliveries;

	UnconfirmedEmails(LetterDeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge
			.builder("pnp.emails.unconfirmed", this.deliveries,
					(repository) -> repository.countByStatus(LetterDelivery.Status.HANDED_OVER))
			.description("Emails handed to the mail server without its answer; settle each from the mail log")
			.register(registry);
	}

}
