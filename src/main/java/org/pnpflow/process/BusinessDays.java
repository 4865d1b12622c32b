package org.pnpflow.process;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The program's working calendar: Monday to Friday except the statutory holidays of
 * {@code pnp.statutory-holidays}. Every deadline given in business days is counted here.
 */
@Component("businessDays")
public class BusinessDays {

	private final Set<LocalDate> holidays;

	private final ProgramClock clock;

	BusinessDays(PnpProperties properties, ProgramClock clock) {
		this.holidays = Set.copyOf(properties.getStatutoryHolidays());
		this.clock = clock;
	}

	public boolean isBusinessDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !this.holidays.contains(day);
	}

	/**
	 * The day that is {@code days} business days after {@code from}, not counting
	 * {@code from} itself: 10 business days from a Friday is the Friday two weeks later.
	 */
	public LocalDate after(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("A deadline is a positive number of business days, not " + days);
		}
		LocalDate day = from;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isBusinessDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * The business days after {@code from} up to and including {@code to}: none when
	 * {@code to} is not after {@code from}. A wait from a Monday to the Wednesday after
	 * covers two (Tuesday and Wednesday).
	 */
	public int between(LocalDate from, LocalDate to) {
		int counted = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isBusinessDay(day)) {
				counted++;
			}
		}
		return counted;
	}

	/** The day an instant falls on in the province. */
	public LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.zone());
	}

	/** The last day of a deadline of {@code days} business days from today. */
	public LocalDate deadline(int days) {
		return after(this.clock.today(), days);
	}

	/**
	 * The last second of a deadline's last day in the province: what letters print as the
	 * date and when a timer waiting for the applicant fires.
	 */
	public Instant endOf(LocalDate lastDay) {
		return lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(this.clock.zone()).toInstant();
	}

}
