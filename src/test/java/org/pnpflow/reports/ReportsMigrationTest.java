package org.pnpflow.reports;

import java.time.LocalDate;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database with files from before the reports: the migration keeps each file's country
 * and representation on the file and counts the day it was received in the program's time
 * zone, not the database's.
 */
class ReportsMigrationTest {

	@Test
	void existingFilesGetTheirCountryRepresentationAndDayInTheProgramsZone() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:reports-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target("8").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("insert into applicant (id, family_name, given_names, date_of_birth, country_of_citizenship,"
				+ " passport_number, email, preferred_language) values (1, 'Okafor', 'Chidinma', date '1990-04-12',"
				+ " 'NG', 'P1', 'c@mail.example', 'EN')");
		jdbc.update("insert into representative (id, full_name, licence_number, email)"
				+ " values (1, 'Daniel Roy', 'R1', 'd@roy.example')");
		// 03:30 UTC on 1 January is still 31 December in Toronto
		jdbc.update("insert into application_file (id, file_number, submission_id, stream, channel, received_at,"
				+ " applicant_id, representative_id, accompanying_spouse, in_canada, status, stage, priority, flags,"
				+ " version) values (1, 'PNP-2026-000001', 's1', 'SKILLED_WORKER', 'PORTAL',"
				+ " timestamp with time zone '2026-01-01 03:30:00+00', 1, 1, false, false, 'OPEN', 'Receipt',"
				+ " 'NORMAL', '', 0)");

		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.placeholders(Map.of("program-time-zone", "America/Toronto"))
			.load()
			.migrate();

		Map<String, Object> file = jdbc
			.queryForMap("select citizenship, has_representative, received_on from application_file where id = 1");
		assertThat(file.get("citizenship")).isEqualTo("NG");
		assertThat(file.get("has_representative")).isEqualTo(true);
		assertThat(jdbc.queryForObject("select received_on from application_file where id = 1", LocalDate.class))
			.isEqualTo(LocalDate.of(2025, 12, 31));
	}

}
