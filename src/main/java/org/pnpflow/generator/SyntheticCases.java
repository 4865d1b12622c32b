package org.pnpflow.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.pnpflow.process.Databases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes concluded cases straight into the case tables with JDBC batches: the file (its
 * number under a prefix of its own, so it never meets a real one), the applicant where
 * the file is not yet archived, the payment and its deposit, refunds, task visits, waits
 * on the applicant and milestones. Cases concluded before the retention period are
 * written as archived, without their applicant, as the archive step leaves them. No
 * process instance is made: a concluded case has none left once archived, and the reports
 * read our tables.
 */
public class SyntheticCases {

	private static final String[] FAMILY_NAMES = { "Okafor", "Nguyen", "Patel", "Santos", "Kowalenko", "Haddad",
			"Mendoza", "Li", "Rahman", "Singh", "Moreau", "Kim", "Osei", "Fernandes", "Ivanova", "Garcia" };

	private static final String[] GIVEN_NAMES = { "Amara", "Minh", "Priya", "Joao", "Olena", "Karim", "Lucia", "Wei",
			"Farhana", "Arjun", "Claire", "Ji-woo", "Kwame", "Ana", "Daria", "Mateo" };

	private static final String INSERT_APPLICANT = "insert into applicant (id, family_name, given_names,"
			+ " date_of_birth, country_of_citizenship, passport_number, email, preferred_language)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_FILE = "insert into application_file (id, file_number, submission_id,"
			+ " stream, channel, received_at, received_on, citizenship, has_representative, applicant_id,"
			+ " accompanying_spouse, in_canada, status, stage, priority, flags, expected_fee, outcome, decided_at,"
			+ " closed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private static final String INSERT_PAYMENT = "insert into payment (application_id, kind, method, amount,"
			+ " currency, reference, received_at, recorded_by, status, deposit_batch_id)"
			+ " values (?, ?, ?, ?, 'CAD', ?, ?, 'synthetic', ?, ?)";

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	private final String prefix;

	private final Instant archivedBefore;

	private long nextFileId;

	private long nextApplicantId;

	private long nextBatchId;

	private int serial;

	private final Map<LocalDate, Long> batchOfDay = new HashMap<>();

	/**
	 * @param prefix the file-number prefix of the generated files, e.g. {@code SYN}
	 * @param archivedBefore cases concluded before this moment are written as archived
	 */
	public SyntheticCases(DataSource dataSource, ZoneId zone, String prefix, Instant archivedBefore) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.zone = zone;
		this.prefix = prefix;
		this.archivedBefore = archivedBefore;
		this.nextFileId = max("application_file") + 1;
		this.nextApplicantId = max("applicant") + 1;
		this.nextBatchId = max("deposit_batch") + 1;
		Integer written = this.jdbc.queryForObject("select count(*) from application_file where file_number like ?",
				Integer.class, prefix + "-%");
		this.serial = (written != null) ? written : 0;
		// the days a run before this one already has a deposit for
		this.jdbc.query("select id, deposited_on from deposit_batch where batch_number like ?", (row) -> {
			this.batchOfDay.put(row.getObject("deposited_on", LocalDate.class).minusDays(1), row.getLong("id"));
		}, prefix + "-DEP-%");
	}

	/** Writes the cases, each batch in the caller's transaction or its own statements. */
	public void write(List<SyntheticCase> cases) {
		List<Object[]> applicants = new ArrayList<>();
		List<Object[]> files = new ArrayList<>();
		List<Object[]> batches = new ArrayList<>();
		List<Object[]> payments = new ArrayList<>();
		List<Object[]> visits = new ArrayList<>();
		List<Object[]> waits = new ArrayList<>();
		List<Object[]> milestones = new ArrayList<>();
		for (SyntheticCase c : cases) {
			long fileId = this.nextFileId++;
			this.serial++;
			boolean archived = c.concludedAt.isBefore(this.archivedBefore);
			Long applicantId = null;
			if (!archived) {
				applicantId = this.nextApplicantId++;
				applicants.add(applicantRow(applicantId, c, 'S'));
			}
			boolean decision = "NOMINATED".equals(c.outcome) || "REFUSED".equals(c.outcome);
			String status = archived ? "ARCHIVED" : decision ? "DECIDED" : "CLOSED";
			String number = fileNumber(c);
			files.add(fileRow(fileId, number, c, applicantId, status, archived ? "Archived" : stageOf(c.outcome),
					decision ? utc(c.concludedAt) : null, decision ? null : utc(c.concludedAt)));
			if (c.fee != null) {
				// one deposit a day, confirmed by the bank the next morning
				LocalDate paidOn = c.paidAt.atZone(this.zone).toLocalDate();
				Long batchId = this.batchOfDay.get(paidOn);
				if (batchId == null) {
					batchId = this.nextBatchId++;
					this.batchOfDay.put(paidOn, batchId);
					Instant confirmed = paidOn.plusDays(1).atTime(10, 0).atZone(this.zone).toInstant();
					batches.add(new Object[] { batchId, this.prefix + "-DEP-" + paidOn,
							utc(paidOn.atTime(17, 0).atZone(this.zone).toInstant()), utc(confirmed),
							paidOn.plusDays(1) });
				}
				payments.add(new Object[] { fileId, "PAYMENT", "CARD", c.fee, "synthetic-pay-" + this.serial,
						utc(c.paidAt), "DEPOSITED", batchId });
				if (c.refunded) {
					payments.add(new Object[] { fileId, "REFUND", "CARD", c.fee, "synthetic-refund-" + this.serial,
							utc(c.concludedAt), "RECEIVED", null });
				}
			}
			for (SyntheticCase.Visit visit : c.visits) {
				visits.add(new Object[] { fileId, c.stream, visit.taskKey(), visit.stage(), utc(visit.entered()),
						utc(visit.left()), visit.left().getEpochSecond() - visit.entered().getEpochSecond() });
			}
			for (SyntheticCase.Wait wait : c.waits) {
				waits.add(new Object[] { fileId, c.stream, wait.reason(), utc(wait.started()), utc(wait.ended()),
						wait.ended().getEpochSecond() - wait.started().getEpochSecond() });
			}
			for (SyntheticCase.Milestone milestone : c.milestones) {
				milestones.add(new Object[] { fileId, c.stream, milestone.name(), utc(milestone.reached()),
						milestone.reached().getEpochSecond() - c.receivedAt.getEpochSecond(),
						milestone.waitingSeconds() });
			}
		}
		this.jdbc.batchUpdate(INSERT_APPLICANT, applicants);
		this.jdbc.batchUpdate(INSERT_FILE, files);
		this.jdbc.batchUpdate("insert into deposit_batch (id, batch_number, prepared_at, payment_count, total, status,"
				+ " confirmed_at, confirmed_by, deposited_on) values (?, ?, ?, 0, 0, 'CONFIRMED', ?, 'synthetic', ?)",
				batches);
		this.jdbc.batchUpdate(INSERT_PAYMENT, payments);
		this.jdbc.batchUpdate("insert into stage_visit (application_id, stream, task_key, stage, entered_at, left_at,"
				+ " elapsed_seconds) values (?, ?, ?, ?, ?, ?, ?)", visits);
		this.jdbc.batchUpdate("insert into applicant_wait (application_id, stream, reason, started_at, ended_at,"
				+ " elapsed_seconds) values (?, ?, ?, ?, ?, ?)", waits);
		this.jdbc.batchUpdate("insert into service_time (application_id, stream, milestone, reached_at,"
				+ " elapsed_seconds, waiting_seconds) values (?, ?, ?, ?, ?, ?)", milestones);
	}

	/** A file written as open, for a process instance to be started on it. */
	public record OpenFile(long id, String fileNumber, String stream, boolean represented) {
	}

	/**
	 * Writes files received and still open, each with its applicant and its fee, paid and
	 * not yet deposited; their outcomes, visits and milestones are left out. The caller
	 * starts each one's process instance.
	 */
	public List<OpenFile> writeOpen(List<SyntheticCase> cases) {
		List<Object[]> applicants = new ArrayList<>();
		List<Object[]> files = new ArrayList<>();
		List<Object[]> payments = new ArrayList<>();
		List<OpenFile> written = new ArrayList<>();
		for (SyntheticCase c : cases) {
			long fileId = this.nextFileId++;
			long applicantId = this.nextApplicantId++;
			this.serial++;
			applicants.add(applicantRow(applicantId, c, 'Q'));
			String number = fileNumber(c);
			files.add(fileRow(fileId, number, c, applicantId, "OPEN", "Assessment", null, null));
			if (c.fee != null) {
				payments.add(new Object[] { fileId, "PAYMENT", "CARD", c.fee, "synthetic-pay-" + this.serial,
						utc(c.receivedAt), "RECEIVED", null });
			}
			written.add(new OpenFile(fileId, number, c.stream, c.represented));
		}
		this.jdbc.batchUpdate(INSERT_APPLICANT, applicants);
		this.jdbc.batchUpdate(INSERT_FILE, files);
		this.jdbc.batchUpdate(INSERT_PAYMENT, payments);
		return written;
	}

	/**
	 * The applicant of the current serial: a name and birth date that vary with it, a
	 * passport number of the letter and the serial.
	 */
	private Object[] applicantRow(long applicantId, SyntheticCase c, char passportLetter) {
		String family = FAMILY_NAMES[this.serial % FAMILY_NAMES.length];
		String given = GIVEN_NAMES[(this.serial / FAMILY_NAMES.length) % GIVEN_NAMES.length];
		return new Object[] { applicantId, family, given,
				LocalDate.of(1975 + this.serial % 25, 1 + this.serial % 12, 1 + this.serial % 28), c.citizenship,
				String.format(Locale.ROOT, "%c%08d", passportLetter, this.serial),
				given.toLowerCase(Locale.ROOT) + "." + this.serial + "@synthetic.example", "EN" };
	}

	private String fileNumber(SyntheticCase c) {
		return String.format(Locale.ROOT, "%s-%d-%07d", this.prefix, c.receivedAt.atZone(this.zone).getYear(),
				this.serial);
	}

	/** The values of {@link #INSERT_FILE}. */
	private Object[] fileRow(long fileId, String number, SyntheticCase c, Long applicantId, String status, String stage,
			OffsetDateTime decidedAt, OffsetDateTime closedAt) {
		return new Object[] { fileId, number, "synthetic-" + number, c.stream, c.channel, utc(c.receivedAt),
				c.receivedAt.atZone(this.zone).toLocalDate(), c.citizenship, c.represented, applicantId, false, false,
				status, stage, "NORMAL", "", c.fee, c.outcome, decidedAt, closedAt };
	}

	/**
	 * Sets the identity columns past the ids written here, so that what the program adds
	 * afterwards does not collide with them.
	 */
	public void finish() {
		this.jdbc.update(
				"update deposit_batch set payment_count = (select count(*) from payment p"
						+ " where p.deposit_batch_id = deposit_batch.id), total = (select coalesce(sum(p.amount), 0)"
						+ " from payment p where p.deposit_batch_id = deposit_batch.id) where batch_number like ?",
				this.prefix + "-DEP-%");
		restartIdentity("application_file", this.nextFileId);
		restartIdentity("applicant", this.nextApplicantId);
		restartIdentity("deposit_batch", this.nextBatchId);
		if (Databases.isPostgres(this.jdbc.getDataSource())) {
			// fresh statistics for the planner, and the visibility map for index-only
			// scans
			for (String table : List.of("application_file", "applicant", "payment", "deposit_batch", "stage_visit",
					"applicant_wait", "service_time")) {
				this.jdbc.execute("vacuum analyze " + table);
			}
		}
	}

	private void restartIdentity(String table, long next) {
		if (Databases.isPostgres(this.jdbc.getDataSource())) {
			this.jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table + "', 'id'), ?, false)",
					Long.class, next);
		}
		else {
			this.jdbc.execute("alter table " + table + " alter column id restart with " + next);
		}
	}

	private long max(String table) {
		Long max = this.jdbc.queryForObject("select max(id) from " + table, Long.class);
		return (max != null) ? max : 0;
	}

	private static String stageOf(String outcome) {
		return switch (outcome) {
			case "NOMINATED" -> "Nominated";
			case "REFUSED" -> "Refused";
			case "WITHDRAWN" -> "Withdrawn";
			default -> "Closed as incomplete";
		};
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
