package org.pnpflow.revenue;

/**
 * How long a reconciled period is: one day or one calendar month, in the province's time
 * zone ({@code pnp.time-zone}).
 */
public enum PeriodKind {

	DAY, MONTH

}
