package org.pnpflow.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cluster made, counted from the database and the SMTP server: cases,
 * certificates, numbers, letters and their emails, incidents and who ran the jobs. Each
 * count asserts there is nothing twice and nothing missing.
 */
final class ClusterLedger {

	private static final Pattern YEAR_AND_NUMBER = Pattern.compile("-(\\d{4})-(\\d+)$");

	/**
	 * The letters of a nominated case without a representative, each to the applicant.
	 */
	private static final Set<String> NOMINATION_LETTERS = Set.of("ACKNOWLEDGEMENT", "INTERVIEW_INVITATION",
			"NOMINATION");

	private final JdbcTemplate jdbc;

	ClusterLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Message-IDs received by the mail server that no delivery row records. */
	Set<String> receivedButNotRecorded(MimeMessage[] received) throws Exception {
		Set<String> unrecorded = new HashSet<>();
		for (MimeMessage message : received) {
			unrecorded.add(message.getMessageID());
		}
		unrecorded.removeAll(this.jdbc.queryForList("select message_id from letter_delivery", String.class));
		return unrecorded;
	}

	/** Emails handed to the mail server whose answer was never heard. */
	int handedOver() {
		return count("select count(*) from letter_delivery where status = 'HANDED_OVER'");
	}

	int certificates() {
		return count("select count(*) from certificate");
	}

	/** Asserts every count and prints them under the title. */
	void assertExactlyOnce(String title, Collection<String> submittedFiles, MimeMessage[] received) throws Exception {
		Map<String, Object> printed = new LinkedHashMap<>();
		List<String> files = this.jdbc.queryForList("select file_number from application_file", String.class);
		printed.put("cases submitted", submittedFiles.size());
		printed.put("cases in the database", files.size());
		assertThat(files).as("file numbers")
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(submittedFiles);
		printed.put("file numbers", gapFree("file number", files));

		List<String> certificates = this.jdbc.queryForList(
				"select c.certificate_number from certificate c join application_file f on f.id = c.application_id",
				String.class);
		printed.put("certificates", certificates.size());
		assertThat(certificates).as("one certificate per case").hasSize(files.size()).doesNotHaveDuplicates();
		assertThat(count("select count(distinct application_id) from certificate")).isEqualTo(files.size());
		printed.put("certificate numbers", gapFree("certificate number", certificates));

		List<Map<String, Object>> letters = this.jdbc.queryForList("select f.file_number, l.letter_type, count(*) n"
				+ " from letter l join application_file f on f.id = l.application_id group by f.file_number, l.letter_type");
		Map<String, Set<String>> typesPerFile = new HashMap<>();
		for (Map<String, Object> row : letters) {
			assertThat(((Number) row.get("n")).intValue())
				.as("letters %s of %s", row.get("letter_type"), row.get("file_number"))
				.isEqualTo(1);
			typesPerFile.computeIfAbsent((String) row.get("file_number"), (file) -> new HashSet<>())
				.add((String) row.get("letter_type"));
		}
		assertThat(typesPerFile.keySet()).as("files with letters").containsExactlyInAnyOrderElementsOf(files);
		assertThat(typesPerFile).allSatisfy((file, types) -> assertThat(types).as("letters of %s", file)
			.containsExactlyInAnyOrderElementsOf(NOMINATION_LETTERS));
		int letterCount = count("select count(*) from letter");
		printed.put("letters", letterCount + " (" + NOMINATION_LETTERS.size() + " per case, each once)");

		List<Map<String, Object>> deliveries = this.jdbc
			.queryForList("select recipient_email, message_id from letter_delivery");
		assertThat(deliveries).as("one delivery per letter (applicant only)").hasSize(letterCount);
		Set<String> recordedIds = new HashSet<>();
		deliveries.forEach((row) -> recordedIds.add((String) row.get("message_id")));
		assertThat(recordedIds).hasSize(letterCount);

		Map<String, Integer> perMessageId = new HashMap<>();
		Map<String, Set<String>> idsPerRecipientAndSubject = new HashMap<>();
		for (MimeMessage message : received) {
			perMessageId.merge(message.getMessageID(), 1, Integer::sum);
			for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
				idsPerRecipientAndSubject
					.computeIfAbsent(recipient + "|" + message.getSubject(), (key) -> new HashSet<>())
					.add(message.getMessageID());
			}
		}
		Map<String, Integer> twice = new TreeMap<>();
		perMessageId.forEach((id, times) -> {
			if (times > 1) {
				twice.put(id, times);
			}
		});
		printed.put("emails received", received.length + " (distinct Message-IDs " + perMessageId.size()
				+ ", distinct recipient+subject " + idsPerRecipientAndSubject.size() + ")");
		printed.put("emails received twice", twice.size() + " " + twice.keySet());
		assertThat(twice).as("emails received more than once").isEmpty();
		int unknown = handedOver();
		printed.put("emails of unknown fate left", unknown);
		assertThat(unknown).as("emails handed over whose fate is still unknown").isZero();
		assertThat(idsPerRecipientAndSubject.values()).as("Message-IDs per recipient and subject")
			.allMatch((ids) -> ids.size() == 1);
		assertThat(perMessageId.keySet()).as("emails received against deliveries recorded")
			.containsExactlyInAnyOrderElementsOf(recordedIds);

		int incidents = count("select count(*) from act_ru_incident");
		printed.put("incidents", incidents);
		assertThat(incidents).as("incidents").isZero();
		printed.put("jobs succeeded per node", jobsPerNode(2));
		printed.put("job failures per node (retried)", jobsPerNode(1));

		StringBuilder report = new StringBuilder("\n=== " + title + " ===\n");
		printed.forEach((name, value) -> report.append(String.format("  %-34s %s%n", name, value)));
		System.out.println(report);
	}

	/** Job log entries of the state per host name (1 failed, 2 successful). */
	Map<String, Integer> jobsPerNode(int state) {
		Map<String, Integer> perNode = new TreeMap<>();
		this.jdbc.query("select hostname_, count(*) n from act_hi_job_log where job_state_ = ? group by hostname_",
				(row) -> {
					perNode.put(row.getString("hostname_"), row.getInt("n"));
				}, state);
		return perNode;
	}

	/** Asserts the numbers are distinct and, per year, run from 1 without a gap. */
	private static String gapFree(String what, List<String> numbers) {
		Map<String, List<Integer>> perYear = new TreeMap<>();
		for (String number : numbers) {
			Matcher matcher = YEAR_AND_NUMBER.matcher(number);
			assertThat(matcher.find()).as("%s %s", what, number).isTrue();
			perYear.computeIfAbsent(matcher.group(1), (year) -> new ArrayList<>())
				.add(Integer.parseInt(matcher.group(2)));
		}
		StringBuilder summary = new StringBuilder();
		perYear.forEach((year, values) -> {
			assertThat(values).as("%s of %s", what, year).doesNotHaveDuplicates();
			int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
			assertThat(values).as("%s of %s from 1 without a gap", what, year).hasSize(max);
			summary.append(year).append(": ").append(values.size()).append(" distinct, 1..").append(max).append(' ');
		});
		return summary.toString().trim();
	}

	private int count(String sql) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class);
		return (count != null) ? count : 0;
	}

}
