package org.pnpflow.revenue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pnp.reconciliation.*}. The schedule ({@code pnp.reconciliation.cycle}) is read
 * by {@link ReconciliationSchedule}.
 */
@ConfigurationProperties("pnp.reconciliation")
public class ReconciliationProperties {

	/**
	 * A payment not deposited (its deposit batch confirmed) this long after it was
	 * received is a variance.
	 */
	private Duration depositWithin = Duration.ofDays(3);

	public Duration getDepositWithin() {
		return this.depositWithin;
	}

	public void setDepositWithin(Duration depositWithin) {
		this.depositWithin = depositWithin;
	}

}
