package org.pnpflow.caseview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.pnpflow.casefile.Language;
import org.pnpflow.caseview.CaseFileAccess.Viewer;
import org.pnpflow.process.Streams;
import org.pnpflow.security.ForbiddenException;
import org.pnpflow.security.RequestProblems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds files by file number, applicant's name, passport number or date of birth, among
 * the files the viewer may open, newest first. Analysts find files by number only and see
 * no personal data in the results.
 */
@Component
class CaseSearch {

	/** The most files one search answers with; the answer says when there were more. */
	static final int MAX_RESULTS = 50;

	static final int MAX_QUERY_LENGTH = 100;

	/** What a search looks at. */
	enum Key {

		FILE_NUMBER, NAME, PASSPORT_NUMBER, DATE_OF_BIRTH

	}

	record Query(Key by, String text) {
	}

	/**
	 * One file found; the applicant's name, date of birth and passport only for those who
	 * may see them (and none once the file's personal data is removed).
	 */
	record Result(String fileNumber, String stream, String streamName, String status, String stage, Instant receivedAt,
			String applicantName, LocalDate dateOfBirth, String passportNumber) {
	}

	record Results(Query query, List<Result> results, boolean more) {
	}

	private final JdbcTemplate jdbc;

	private final Streams streams;

	CaseSearch(JdbcTemplate jdbc, Streams streams) {
		// the answer is cut at the driver, not with LIMIT in the query: with LIMIT and
		// bound values, PostgreSQL's plan for a prepared search may walk the files by
		// date
		// and test each one (2 s at a million files) instead of using the search's
		// indexes
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setMaxRows(MAX_RESULTS + 1);
		this.streams = streams;
	}

	/** The query as asked, checked: 400 naming the field at fault. */
	static Query query(String by, String text) {
		if (by == null || by.isBlank()) {
			throw RequestProblems.invalid("by", "is required: one of " + Arrays.toString(Key.values()));
		}
		Key key;
		try {
			key = Key.valueOf(by.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw RequestProblems.invalid("by", "must be one of " + Arrays.toString(Key.values()));
		}
		if (text == null || text.isBlank()) {
			throw RequestProblems.invalid("q", "is required: what to look for");
		}
		String stripped = text.strip();
		if (stripped.length() > MAX_QUERY_LENGTH) {
			throw RequestProblems.invalid("q", "is longer than " + MAX_QUERY_LENGTH + " characters");
		}
		if (key == Key.DATE_OF_BIRTH) {
			try {
				LocalDate.parse(stripped);
			}
			catch (DateTimeParseException notADate) {
				throw RequestProblems.invalid("q", "must be a date of birth as yyyy-MM-dd");
			}
		}
		return new Query(key, stripped);
	}

	Results search(Query query, Viewer viewer, Language language) {
		if (!viewer.personalData() && query.by() != Key.FILE_NUMBER) {
			throw new ForbiddenException("Analysts find files by file number only: names, passport numbers and"
					+ " dates of birth are personal data.");
		}
		List<Object> arguments = new ArrayList<>();
		StringBuilder sql = new StringBuilder("""
				select f.file_number, f.stream, f.status, f.stage, f.received_at,
				       a.family_name, a.given_names, a.date_of_birth, a.passport_number
				from application_file f left join applicant a on a.id = f.applicant_id
				where\s""");
		criteria(query, sql, arguments);
		if (!viewer.everyFile()) {
			sql.append(" and exists (select 1 from file_queue q where q.application_id = f.id and q.queue in (")
				.append(String.join(", ", viewer.queues().stream().map((queue) -> "?").toList()))
				.append("))");
			arguments.addAll(viewer.queues());
		}
		sql.append(" order by f.received_at desc, f.id desc");
		List<Result> found = this.jdbc.query(sql.toString(), (row, n) -> result(row, viewer.personalData(), language),
				arguments.toArray());
		boolean more = found.size() > MAX_RESULTS;
		return new Results(query, more ? found.subList(0, MAX_RESULTS) : found, more);
	}

	private static void criteria(Query query, StringBuilder sql, List<Object> arguments) {
		String text = query.text();
		switch (query.by()) {
			case FILE_NUMBER -> {
				// the whole number, or its end as an applicant reads it out
				// ("2026-000123");
				// numbers are written in capitals
				String number = text.toUpperCase(Locale.ROOT);
				sql.append("(f.file_number = ?");
				arguments.add(number);
				if (number.length() >= 6) {
					sql.append(" or f.file_number like ?");
					arguments.add("%" + likeEscaped(number));
				}
				sql.append(")");
			}
			case PASSPORT_NUMBER -> {
				// as written, or in capitals without spaces (as the portal sends it)
				sql.append("a.passport_number in (?, ?)");
				arguments.add(text);
				arguments.add(text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
			}
			case DATE_OF_BIRTH -> {
				sql.append("a.date_of_birth = ?");
				arguments.add(LocalDate.parse(text));
			}
			case NAME -> {
				// every word, in the family name or the given names, whatever the case
				List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,]+"))
					.filter((word) -> !word.isEmpty())
					.toList();
				sql.append("a.id is not null");
				for (String word : words) {
					// backslash escapes LIKE's wildcards in PostgreSQL and H2 alike
					sql.append(" and (lower(a.family_name) like ? or lower(a.given_names) like ?)");
					String pattern = "%" + likeEscaped(word) + "%";
					arguments.add(pattern);
					arguments.add(pattern);
				}
			}
		}
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private Result result(ResultSet row, boolean personalData, Language language) throws SQLException {
		boolean shown = personalData && row.getString("family_name") != null;
		return new Result(row.getString("file_number"), row.getString("stream"),
				this.streams.nameOf(row.getString("stream"), language), row.getString("status"), row.getString("stage"),
				row.getObject("received_at", OffsetDateTime.class).toInstant(),
				shown ? row.getString("given_names") + " " + row.getString("family_name") : null,
				shown ? row.getObject("date_of_birth", LocalDate.class) : null,
				shown ? row.getString("passport_number") : null);
	}

}
