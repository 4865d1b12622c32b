package org.pnpflow.registers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * In the demo ({@code pnp.demo.enabled}), fills empty registers with the examples of
 * {@code demo/registers/*.csv}, so that the outside-registry checks of demo applications
 * find something. A real program loads its own registers through the API.
 */
@Component
@ConditionalOnProperty(name = "pnp.demo.enabled", havingValue = "true")
class DemoRegisters {

	private static final Logger log = LoggerFactory.getLogger(DemoRegisters.class);

	private final List<RegisterBook<?>> books;

	DemoRegisters(List<RegisterBook<?>> books) {
		this.books = books;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadExamples() throws IOException {
		for (RegisterBook<?> book : this.books) {
			if (!book.isEmpty()) {
				continue;
			}
			ClassPathResource examples = new ClassPathResource("demo/registers/" + book.register().path() + ".csv");
			try (InputStream in = examples.getInputStream()) {
				RegisterBook.Loaded loaded = book
					.load(CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), "demo");
				log.info("Demo register {}: {} example entries loaded", book.register().path(), loaded.rows());
			}
		}
	}

}
