package org.pnpflow.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A day or a month of the program's calendar: from {@code start} to {@code end}, both
 * included, in the province's time zone.
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) {

	/** The day, or the month that holds the date. */
	public static Period of(PeriodKind kind, LocalDate date) {
		if (kind == PeriodKind.MONTH) {
			YearMonth month = YearMonth.from(date);
			return new Period(kind, month.atDay(1), month.atEndOfMonth());
		}
		return new Period(kind, date, date);
	}

	public static Period day(LocalDate day) {
		return of(PeriodKind.DAY, day);
	}

	public static Period month(YearMonth month) {
		return of(PeriodKind.MONTH, month.atDay(1));
	}

	/** The first instant of the period. */
	public Instant from(ZoneId zone) {
		return this.start.atStartOfDay(zone).toInstant();
	}

	/** The first instant after the period. */
	public Instant until(ZoneId zone) {
		return this.end.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** {@code 2026-11-22} for a day, {@code 2026-11} for a month. */
	public String label() {
		return this.kind == PeriodKind.MONTH ? YearMonth.from(this.start).toString() : this.start.toString();
	}

}
