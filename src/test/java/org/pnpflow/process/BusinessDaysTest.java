package org.pnpflow.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BusinessDaysTest {

	private final BusinessDays days = new BusinessDays(
			withHolidays(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)),
			new ProgramClock("America/Toronto"));

	@Test
	void weekendsAreSkipped() {
		// Friday 2026-11-20 + 10 business days = Friday 2026-12-04
		assertThat(this.days.after(LocalDate.of(2026, 11, 20), 10)).isEqualTo(LocalDate.of(2026, 12, 4));
		// Saturday + 1 = Monday
		assertThat(this.days.after(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(this.days.after(LocalDate.of(2026, 11, 23), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void configuredHolidaysAreSkipped() {
		// Thursday 2026-12-24: Fri 25 (holiday), Mon 28 (holiday), Tue 29, Wed 30, Thu
		// 31,
		// Fri 1 Jan (holiday), Mon 4 Jan
		assertThat(this.days.after(LocalDate.of(2026, 12, 24), 4)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(this.days.isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(this.days.isBusinessDay(LocalDate.of(2026, 12, 29))).isTrue();
	}

	@Test
	void aDeadlineEndsWhenItsLastDayIsOverInTheProvince() {
		assertThat(this.days.endOf(LocalDate.of(2026, 12, 4)))
			.isEqualTo(LocalDate.of(2026, 12, 4).atTime(23, 59, 59).atZone(ZoneId.of("America/Toronto")).toInstant());
	}

	@Test
	void theBusinessDaysBetweenTwoDaysCountTheDaysAfterTheFirstUpToTheSecond() {
		// Monday to Wednesday: Tuesday and Wednesday
		assertThat(this.days.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25))).isEqualTo(2);
		assertThat(this.days.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23))).isZero();
		assertThat(this.days.between(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 23))).isZero();
		// Friday to Monday: the weekend is not counted
		assertThat(this.days.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))).isEqualTo(1);
		// Thursday 24 December to Monday 4 January: 29, 30, 31 December and 4 January
		assertThat(this.days.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4))).isEqualTo(4);
		// what after() adds, between() gives back
		assertThat(this.days.between(LocalDate.of(2026, 12, 24), this.days.after(LocalDate.of(2026, 12, 24), 7)))
			.isEqualTo(7);
	}

	@Test
	void aNegativeNumberOfDaysIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.days.after(LocalDate.of(2026, 11, 20), -1));
	}

	private static PnpProperties withHolidays(LocalDate... holidays) {
		PnpProperties properties = new PnpProperties();
		properties.setStatutoryHolidays(List.of(holidays));
		return properties;
	}

}
