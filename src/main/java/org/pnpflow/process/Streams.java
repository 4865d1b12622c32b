package org.pnpflow.process;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The streams the program runs, from configuration ({@code pnp.streams.*}).
 */
@Component
public class Streams {

	private final PnpProperties properties;

	Streams(PnpProperties properties) {
		this.properties = properties;
	}

	public Set<String> codes() {
		return this.properties.getStreams().keySet();
	}

	public boolean exists(String code) {
		return code != null && this.properties.getStreams().containsKey(code);
	}

	public String nameOf(String code) {
		PnpProperties.Stream stream = this.properties.getStreams().get(code);
		return stream == null ? code : stream.getName();
	}

	public String nameOf(String code, org.pnpflow.casefile.Language language) {
		PnpProperties.Stream stream = this.properties.getStreams().get(code);
		if (stream == null) {
			return code;
		}
		return language == org.pnpflow.casefile.Language.FR && stream.getNameFr() != null ? stream.getNameFr()
				: stream.getName();
	}

	public boolean requiresEmployer(String code) {
		PnpProperties.Stream stream = this.properties.getStreams().get(code);
		return stream != null && stream.isEmployerRequired();
	}

}
