package org.pnpflow.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.pnpflow.revenue.Figures;
import org.pnpflow.revenue.Reconciliations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import static org.pnpflow.reports.ReportTable.count;
import static org.pnpflow.reports.ReportTable.days;
import static org.pnpflow.reports.ReportTable.money;
import static org.pnpflow.reports.ReportTable.percent;
import static org.pnpflow.reports.ReportTable.text;

/**
 * The manager's reports: application trends, service times, queues, decisions against the
 * federal allocation, and revenue. Each table is one grouped query over our tables or
 * Camunda's runtime tables; nothing loops over files.
 */
@Service
public class Reports {

	public static final List<String> NAMES = List.of("trends", "service-times", "queues", "decisions",
			"revenue-summary");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final NamedParameterJdbcTemplate jdbc;

	private final Streams streams;

	private final ProgramClock clock;

	private final ReportProperties properties;

	private final Reconciliations reconciliations;

	/** Threads for the queries of one report that run side by side. */
	private final ExecutorService queries = Executors.newFixedThreadPool(4, (task) -> {
		Thread thread = new Thread(task, "report-query");
		thread.setDaemon(true);
		return thread;
	});

	Reports(NamedParameterJdbcTemplate jdbc, Streams streams, ProgramClock clock, ReportProperties properties,
			Reconciliations reconciliations) {
		this.jdbc = jdbc;
		this.streams = streams;
		this.clock = clock;
		this.properties = properties;
		this.reconciliations = reconciliations;
	}

	/**
	 * The report of the name, or null when there is none. Not in one transaction: its
	 * queries run on connections of their own, some side by side, and none is held while
	 * the others run.
	 */
	public Report report(String name, ReportFilter filter) {
		return switch (name) {
			case "trends" -> trends(filter);
			case "service-times" -> serviceTimes(filter);
			case "queues" -> queues(filter);
			case "decisions" -> decisions(filter);
			case "revenue-summary" -> revenue(filter);
			default -> null;
		};
	}

	/**
	 * Applications received, by month and stream, country, channel and representation.
	 */
	Report trends(ReportFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", filter.from())
			.addValue("to", filter.to())
			.addValue("stream", filter.stream());
		String where = " where f.received_on >= :from and f.received_on <= :to"
				+ (filter.stream() != null ? " and f.stream = :stream" : "");

		List<String> streamCodes = streamsOf(filter);
		List<ReportTable.Column> monthColumns = new ArrayList<>();
		monthColumns.add(text("month", "Month"));
		streamCodes.forEach((code) -> monthColumns.add(count(code, this.streams.nameOf(code))));
		monthColumns.add(count("total", "Total"));
		ReportTable byMonth = new ReportTable("by-month", "Applications received per month", "stacked",
				new ArrayList<>(streamCodes), List.copyOf(monthColumns), new ArrayList<>());
		Map<YearMonth, Map<String, Long>> perMonth = new TreeMap<>();
		for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to())); month = month
			.plusMonths(1)) {
			perMonth.put(month, new LinkedHashMap<>());
		}
		this.jdbc.query(
				"select extract(year from f.received_on) y, extract(month from f.received_on) m, f.stream,"
						+ " count(*) n from application_file f" + where
						+ " group by extract(year from f.received_on), extract(month from f.received_on), f.stream",
				params, (row) -> {
					YearMonth month = YearMonth.of(row.getInt("y"), row.getInt("m"));
					perMonth.computeIfAbsent(month, (any) -> new LinkedHashMap<>())
						.merge(row.getString("stream"), row.getLong("n"), Long::sum);
				});
		perMonth.forEach((month, counts) -> {
			List<Object> values = new ArrayList<>();
			values.add(month.toString());
			long total = 0;
			for (String code : streamCodes) {
				long n = counts.getOrDefault(code, 0L);
				values.add(n);
				total += n;
			}
			values.add(total);
			byMonth.row(values.toArray());
		});

		ReportTable byStream = shares("by-stream", "By stream", "Stream",
				"select f.stream k, count(*) n from application_file f" + where + " group by f.stream", params,
				this.streams::nameOf);
		ReportTable byCountry = shares("by-country", "By country of citizenship", "Country",
				"select f.citizenship k, count(*) n from application_file f" + where + " group by f.citizenship",
				params, Reports::countryName);
		ReportTable byChannel = shares("by-channel", "By channel", "Channel",
				"select f.channel k, count(*) n from application_file f" + where + " group by f.channel", params,
				(channel) -> "PAPER".equals(channel) ? "Paper"
						: "PORTAL".equals(channel) ? "E-filing portal" : channel);
		ReportTable byRepresentation = shares("by-representative", "With or without a representative", "Representative",
				"select case when f.has_representative then 'WITH' else 'WITHOUT' end k, count(*) n"
						+ " from application_file f" + where
						+ " group by case when f.has_representative then 'WITH' else 'WITHOUT' end",
				params, (key) -> "WITH".equals(key) ? "With a representative" : "Without a representative");
		return new Report("trends", "Application trends", filter,
				List.of(byMonth, byStream, byCountry, byChannel, byRepresentation),
				List.of("Applications counted on the day they were received (" + this.clock.zone() + ")."));
	}

	/**
	 * Time from receipt to each milestone and at each task, with the time spent waiting
	 * on the applicant left out and shown on its own.
	 */
	Report serviceTimes(ReportFilter filter) {
		ZoneId zone = this.clock.zone();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("start", utc(filter.start(zone)))
			.addValue("end", utc(filter.end(zone)))
			.addValue("stream", filter.stream());
		String streamClause = (filter.stream() != null) ? " and stream = :stream" : "";

		// four scans of large tables, side by side: the database works on them at once
		CompletableFuture<Map<String, Percentiles>> net = histogramsAsync(
				"select milestone k, (elapsed_seconds - waiting_seconds) / 3600 h,"
						+ " count(*) n from service_time where reached_at >= :start and reached_at < :end"
						+ streamClause + " group by milestone, (elapsed_seconds - waiting_seconds) / 3600",
				params);
		CompletableFuture<Map<String, Percentiles>> waited = histogramsAsync(
				"select milestone k, waiting_seconds / 3600 h, count(*) n"
						+ " from service_time where reached_at >= :start and reached_at < :end and waiting_seconds > 0"
						+ streamClause + " group by milestone, waiting_seconds / 3600",
				params);
		ReportTable milestones = ReportTable.of("milestones", "From receipt, without time waiting on the applicant",
				"bar", text("milestone", "From receipt to"), count("files", "Files"), days("median", "Median (days)"),
				days("p80", "80th percentile (days)"), days("p90", "90th percentile (days)"),
				count("waited", "Files that waited on the applicant"),
				days("waitingMedian", "Median wait of those (days)"), days("waitingP90", "90th percentile wait (days)"))
			.draw("median", "p80", "p90");
		List<String> order = new ArrayList<>(this.properties.getMilestones().keySet());
		order.add(ServiceClock.DECISION);
		for (String milestone : order) {
			Percentiles times = await(net).getOrDefault(milestone, new Percentiles());
			Percentiles waits = await(waited).getOrDefault(milestone, new Percentiles());
			milestones.row(milestone.toLowerCase(Locale.ROOT).replace('_', ' '), times.total(), times.days(50),
					times.days(80), times.days(90), waits.total(), waits.days(50), waits.days(90));
		}

		CompletableFuture<Map<String, Percentiles>> atTasks = histogramsAsync(
				"select stage k, elapsed_seconds / 3600 h, count(*) n"
						+ " from stage_visit where left_at >= :start and left_at < :end" + streamClause
						+ " group by stage, elapsed_seconds / 3600",
				params);
		ReportTable stages = ReportTable
			.of("stages", "Time at each task", "bar", text("stage", "Task"), count("visits", "Times done"),
					days("median", "Median (days)"), days("p80", "80th percentile (days)"),
					days("p90", "90th percentile (days)"))
			.draw("median", "p90");
		await(atTasks).entrySet()
			.stream()
			.sorted((a, b) -> b.getValue().days(50).compareTo(a.getValue().days(50)))
			.forEach((stage) -> stages.row(stage.getKey(), stage.getValue().total(), stage.getValue().days(50),
					stage.getValue().days(80), stage.getValue().days(90)));

		CompletableFuture<Map<String, Percentiles>> waits = histogramsAsync(
				"select reason k, elapsed_seconds / 3600 h, count(*) n"
						+ " from applicant_wait where ended_at >= :start and ended_at < :end" + streamClause
						+ " group by reason, elapsed_seconds / 3600",
				params);
		Map<String, Long> waitingNow = new TreeMap<>();
		this.jdbc.query("select reason, count(*) n from applicant_wait where ended_at is null" + streamClause
				+ " group by reason", params, (row) -> {
					waitingNow.put(row.getString("reason"), row.getLong("n"));
				});
		ReportTable waiting = ReportTable
			.of("waiting", "Time waiting on the applicant (left out above)", "bar", text("reason", "Waiting for"),
					count("waits", "Waits ended"), days("median", "Median (days)"),
					days("p80", "80th percentile (days)"), days("p90", "90th percentile (days)"),
					count("now", "Waiting now"))
			.draw("median", "p90");
		TreeMap<String, Percentiles> reasons = new TreeMap<>(await(waits));
		waitingNow.keySet().forEach((reason) -> reasons.putIfAbsent(reason, new Percentiles()));
		reasons.forEach((reason, times) -> waiting.row(reasonLabel(reason), times.total(), times.days(50),
				times.days(80), times.days(90), waitingNow.getOrDefault(reason, 0L)));
		return new Report("service-times", "Service times", filter, List.of(milestones, stages, waiting), List.of(
				"Milestones and tasks counted on the day they were reached or done; waits on the day they ended.",
				"Time waiting on the applicant (missing information, a procedural fairness response, a reply about"
						+ " the interview, a fee balance) is left out of the milestones and shown in the last table.",
				"Percentiles by nearest rank, exact to the hour."));
	}

	/**
	 * Open tasks now, per role queue, by age; the filter's stream only, its days unused.
	 */
	Report queues(ReportFilter filter) {
		Instant now = this.clock.now();
		List<Duration> bounds = this.properties.getAgeBuckets();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", Timestamp.from(now))
			.addValue("stream", filter.stream());
		StringBuilder buckets = new StringBuilder();
		List<ReportTable.Column> columns = new ArrayList<>(
				List.of(text("queue", "Queue"), count("open", "Open tasks"), count("unclaimed", "Not claimed")));
		Duration lower = Duration.ZERO;
		for (int i = 0; i <= bounds.size(); i++) {
			String younger = (i < bounds.size()) ? "t.create_time_ > :b" + i : null;
			String older = (i > 0) ? "t.create_time_ <= :b" + (i - 1) : null;
			if (i < bounds.size()) {
				params.addValue("b" + i, Timestamp.from(now.minus(bounds.get(i))));
			}
			String condition = (younger != null && older != null) ? younger + " and " + older
					: (younger != null) ? younger : older;
			buckets.append(", sum(case when ").append(condition).append(" then 1 else 0 end) a").append(i);
			columns.add(count("age" + i, (i < bounds.size())
					? ((i == 0) ? "Under " + inDays(bounds.get(i)) : inDays(lower) + " to " + inDays(bounds.get(i)))
					: inDays(lower) + " or more"));
			if (i < bounds.size()) {
				lower = bounds.get(i);
			}
		}
		columns.add(days("oldest", "Oldest (days)"));
		columns.add(count("pastDue", "Past due"));
		List<String> ages = new ArrayList<>();
		for (int i = 0; i <= bounds.size(); i++) {
			ages.add("age" + i);
		}
		ReportTable byQueue = new ReportTable("by-queue", "Open tasks per queue, by age", "stacked", ages,
				List.copyOf(columns), new ArrayList<>());
		String from = " from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'"
				+ " and l.group_id_ is not null"
				+ ((filter.stream() != null) ? " join application_file f on f.process_instance_id = t.proc_inst_id_"
						+ " and f.stream = :stream" : "");
		this.jdbc.query("select l.group_id_ queue, count(*) n, sum(case when t.assignee_ is null then 1 else 0 end)"
				+ " unclaimed" + buckets + ", min(t.create_time_) oldest,"
				+ " sum(case when t.due_date_ < :now then 1 else 0 end) past_due" + from
				+ " group by l.group_id_ order by l.group_id_", params, (row) -> {
					List<Object> values = new ArrayList<>(
							List.of(row.getString("queue"), row.getLong("n"), row.getLong("unclaimed")));
					for (int i = 0; i <= bounds.size(); i++) {
						values.add(row.getLong("a" + i));
					}
					values.add(age(row.getTimestamp("oldest"), now));
					values.add(row.getLong("past_due"));
					byQueue.row(values.toArray());
				});
		ReportTable oldest = ReportTable.of("oldest", "The oldest open tasks", "none", text("task", "Task"),
				text("queue", "Queue"), days("age", "Age (days)"), text("due", "Due"), text("pastDue", "Past due"));
		this.jdbc.query("select t.name_ task, l.group_id_ queue, t.create_time_ created, t.due_date_ due" + from
				+ " order by t.create_time_ asc, t.id_ asc fetch first 10 rows only", params, (row) -> {
					Timestamp due = row.getTimestamp("due");
					oldest.row(row.getString("task"), row.getString("queue"), age(row.getTimestamp("created"), now),
							(due != null) ? due.toInstant().atZone(this.clock.zone()).toLocalDate().toString() : "",
							(due != null && due.toInstant().isBefore(now)) ? "yes" : "no");
				});
		return new Report("queues", "Queues", filter, List.of(byQueue, oldest),
				List.of("Open tasks now, whatever the days chosen; a task counts in each group it is offered to.",
						"A task is past due when its due date (from pnp.tasks) has passed."));
	}

	/**
	 * Nominations and refusals, and nominations against the year's federal allocation.
	 */
	Report decisions(ReportFilter filter) {
		ZoneId zone = this.clock.zone();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("start", utc(filter.start(zone)))
			.addValue("end", utc(filter.end(zone)))
			.addValue("stream", filter.stream());
		String streamClause = (filter.stream() != null) ? " and f.stream = :stream" : "";
		Map<String, long[]> perStream = new LinkedHashMap<>();
		streamsOf(filter).forEach((code) -> perStream.put(code, new long[2]));
		this.jdbc.query("select f.stream, f.outcome, count(*) n from application_file f"
				+ " where f.decided_at >= :start and f.decided_at < :end and f.outcome in ('NOMINATED', 'REFUSED')"
				+ streamClause + " group by f.stream, f.outcome", params, (row) -> {
					long[] counts = perStream.computeIfAbsent(row.getString("stream"), (any) -> new long[2]);
					counts["NOMINATED".equals(row.getString("outcome")) ? 0 : 1] += row.getLong("n");
				});
		ReportTable byStream = ReportTable
			.of("by-stream", "Decisions per stream", "stacked", text("stream", "Stream"),
					count("nominated", "Nominated"), count("refused", "Refused"), count("decisions", "Decisions"),
					percent("approvalRate", "Approval rate (%)"))
			.draw("nominated", "refused");
		long[] total = new long[2];
		perStream.forEach((code, counts) -> {
			byStream.row(this.streams.nameOf(code), counts[0], counts[1], counts[0] + counts[1],
					share(counts[0], counts[0] + counts[1]));
			total[0] += counts[0];
			total[1] += counts[1];
		});
		byStream.row("Total", total[0], total[1], total[0] + total[1], share(total[0], total[0] + total[1]));

		int year = filter.to().getYear();
		LocalDate asOf = filter.to().isAfter(this.clock.today()) ? this.clock.today() : filter.to();
		if (asOf.getYear() != year) {
			asOf = LocalDate.of(year, 1, 1).minusDays(1);
		}
		MapSqlParameterSource yearToDate = new MapSqlParameterSource()
			.addValue("start", utc(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()))
			.addValue("end", utc(asOf.plusDays(1).atStartOfDay(zone).toInstant()))
			.addValue("stream", filter.stream());
		Map<String, Long> nominated = new LinkedHashMap<>();
		this.jdbc.query(
				"select f.stream, count(*) n from application_file f where f.outcome = 'NOMINATED'"
						+ " and f.decided_at >= :start and f.decided_at < :end" + streamClause + " group by f.stream",
				yearToDate, (row) -> {
					nominated.put(row.getString("stream"), row.getLong("n"));
				});
		Map<String, Integer> allocation = this.properties.getAllocations().getOrDefault(year, Map.of());
		int daysElapsed = (asOf.getYear() == year) ? asOf.getDayOfYear() : 0;
		int daysInYear = LocalDate.of(year, 1, 1).lengthOfYear();
		ReportTable allocationTable = ReportTable
			.of("allocation", "Nominations in " + year + " against the federal allocation", "bar",
					text("stream", "Stream"), count("allocation", "Allocation"),
					count("nominated", "Nominated to date"), count("remaining", "Remaining"),
					percent("used", "Used (%)"), count("projected", "Projected at year end"),
					count("projectedOver", "Projected over (+) or under (-)"))
			.draw("allocation", "nominated", "projected");
		long[] sums = new long[3];
		for (String code : streamsOf(filter)) {
			Integer allocated = allocation.get(code);
			long done = nominated.getOrDefault(code, 0L);
			long projected = (daysElapsed == 0) ? 0 : Math.round((double) done * daysInYear / daysElapsed);
			allocationTable.row(this.streams.nameOf(code), allocated, done,
					(allocated != null) ? allocated - done : null, (allocated != null) ? share(done, allocated) : null,
					projected, (allocated != null) ? projected - allocated : null);
			sums[0] += (allocated != null) ? allocated : 0;
			sums[1] += done;
			sums[2] += projected;
		}
		allocationTable.row("Total", sums[0], sums[1], sums[0] - sums[1], share(sums[1], sums[0]), sums[2],
				sums[2] - sums[0]);
		return new Report("decisions", "Decisions and the federal allocation", filter,
				List.of(byStream, allocationTable),
				List.of("Decisions counted on the day they were made; closures (withdrawn, incomplete, unpaid) are"
						+ " not decisions.",
						"Allocation of " + year + " from pnp.reports.allocations; nominations counted from 1 January"
								+ " to " + asOf + " (" + daysElapsed + " of " + daysInYear
								+ " days), projected to 31 December at the same pace."));
	}

	/** Fees expected, received, deposited and refunded, per stream. */
	Report revenue(ReportFilter filter) {
		ZoneId zone = this.clock.zone();
		Map<String, Figures> sums = this.reconciliations.sumsByStream(filter.start(zone), filter.end(zone));
		ReportTable byStream = ReportTable
			.of("by-stream", "Fees per stream", "bar", text("stream", "Stream"), money("expected", "Expected"),
					money("received", "Received"), money("deposited", "Deposited"), money("refunded", "Refunded"),
					money("net", "Received less refunded"))
			.draw("expected", "received", "deposited", "refunded");
		BigDecimal[] total = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (String code : streamsOf(filter)) {
			Figures figures = sums.getOrDefault(code, Figures.zero());
			byStream.row(this.streams.nameOf(code), figures.expected(), figures.received(), figures.deposited(),
					figures.refunded(), figures.received().subtract(figures.refunded()));
			total[0] = total[0].add(figures.expected());
			total[1] = total[1].add(figures.received());
			total[2] = total[2].add(figures.deposited());
			total[3] = total[3].add(figures.refunded());
		}
		byStream.row("Total", total[0], total[1], total[2], total[3], total[1].subtract(total[3]));
		return new Report("revenue-summary", "Revenue", filter, List.of(byStream), List.of(
				"Expected: the fees of the files received in the days chosen. Received and refunded: on the"
						+ " day the money came or went back. Deposited: in the deposit batches the bank confirmed"
						+ " in those days. In CAD.",
				"Variances and their explanations are in the reconciliation (GET /api/reports/reconciliation)."));
	}

	private List<String> streamsOf(ReportFilter filter) {
		return (filter.stream() != null) ? List.of(filter.stream()) : List.copyOf(this.streams.codes());
	}

	/**
	 * A table of counts by one key with each count's share of the whole, largest first.
	 */
	private ReportTable shares(String id, String title, String keyLabel, String sql, MapSqlParameterSource params,
			java.util.function.UnaryOperator<String> label) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query(sql, params, (row) -> {
			String key = row.getString("k");
			counts.merge((key != null) ? key : "", row.getLong("n"), Long::sum);
		});
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		ReportTable table = ReportTable
			.of(id, title, "bar", text("key", keyLabel), count("received", "Received"), percent("share", "Share (%)"))
			.draw("received");
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> table.row(entry.getKey().isEmpty() ? "Not recorded" : label.apply(entry.getKey()),
					entry.getValue(), share(entry.getValue(), total)));
		return table;
	}

	/** {@link #histograms} on a thread of the reports' own, to run beside others. */
	private CompletableFuture<Map<String, Percentiles>> histogramsAsync(String sql, MapSqlParameterSource params) {
		return CompletableFuture.supplyAsync(() -> histograms(sql, params), this.queries);
	}

	/** The answer of a query run beside others, or its failure as it was thrown. */
	private static <T> T await(CompletableFuture<T> answer) {
		try {
			return answer.join();
		}
		catch (CompletionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw failed;
		}
	}

	@PreDestroy
	void stopQueries() {
		this.queries.shutdownNow();
	}

	/**
	 * Hour histograms per key ({@code k}, {@code h}, {@code n}) from one grouped query.
	 */
	private Map<String, Percentiles> histograms(String sql, MapSqlParameterSource params) {
		Map<String, Percentiles> histograms = new TreeMap<>();
		this.jdbc.query(sql, params, (row) -> {
			histograms.computeIfAbsent(row.getString("k"), (any) -> new Percentiles())
				.add(Math.max(0, row.getLong("h")), row.getLong("n"));
		});
		return histograms;
	}

	private static BigDecimal share(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private static BigDecimal age(Timestamp since, Instant now) {
		if (since == null) {
			return null;
		}
		return BigDecimal.valueOf(Duration.between(since.toInstant(), now).toMinutes())
			.divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
	}

	private static String inDays(Duration duration) {
		long days = duration.toDays();
		return (days == 1) ? "1 day" : days + " days";
	}

	private static String countryName(String code) {
		String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return (name.isEmpty() || name.equals(code)) ? code : name + " (" + code + ")";
	}

	private static String reasonLabel(String reason) {
		return switch (reason) {
			case "MISSING_INFORMATION" -> "Missing information";
			case "PROCEDURAL_FAIRNESS" -> "Procedural fairness response";
			case "INTERVIEW_SCHEDULING" -> "Reply about the interview";
			case "FEE_BALANCE" -> "Fee balance";
			default -> reason;
		};
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return ServiceClock.timestamp(instant);
	}

}
