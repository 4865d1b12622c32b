package org.pnpflow.verification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pnpflow.process.PnpProperties;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RegistryInputsTest {

	@Test
	void aMistypedRegistryTopicStopsTheStartUpNamingTheProperty() {
		PnpProperties properties = new PnpProperties();
		properties.getVerification().setRegistryTopics(List.of("verify-employer-registration", "verify-employer"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RegistryInputs(null, properties))
			.withMessageContaining("pnp.verification.registry-topics")
			.withMessageContaining("verify-employer,");
	}

	@Test
	void theKnownTopicsAreAccepted() {
		PnpProperties properties = new PnpProperties();
		properties.getVerification().setRegistryTopics(RegistryTopics.ALL);
		assertThatNoException().isThrownBy(() -> new RegistryInputs(null, properties));
	}

}
