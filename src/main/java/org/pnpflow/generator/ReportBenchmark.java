package org.pnpflow.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.pnpflow.process.Databases;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.reports.Report;
import org.pnpflow.reports.ReportFilter;
import org.pnpflow.reports.ReportTable;
import org.pnpflow.reports.Reports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports' benchmark: with {@code pnp.benchmark.reports=true} the application answers
 * every report as the API would, {@code pnp.benchmark.rounds} times each, over the whole
 * span of the data and then over its last year, for every stream and for one, prints the
 * time of the first answer and the median and slowest of the rest, and stops. Run it on a
 * database the generator filled (docs/reports.md).
 */
@Component
@ConditionalOnProperty(name = "pnp.benchmark.reports", havingValue = "true")
class ReportBenchmark implements ApplicationRunner {

	private final Reports reports;

	private final JdbcTemplate jdbc;

	private final ProgramClock clock;

	private final ConfigurableApplicationContext context;

	private final int rounds;

	ReportBenchmark(Reports reports, JdbcTemplate jdbc, ProgramClock clock, ConfigurableApplicationContext context,
			@Value("${pnp.benchmark.rounds:7}") int rounds) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.clock = clock;
		this.context = context;
		this.rounds = rounds;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long files = this.jdbc.queryForObject("select count(*) from application_file", Long.class);
		Long visits = this.jdbc.queryForObject("select count(*) from stage_visit", Long.class);
		Long tasks = this.jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
		LocalDate first = this.jdbc.queryForObject("select min(received_on) from application_file", LocalDate.class);
		LocalDate today = this.clock.today();
		String database = Databases.describe(this.jdbc.getDataSource());
		System.out.printf(Locale.ROOT,
				"%nReports benchmark on %s: %,d files, %,d task visits, %,d open tasks; %d rounds per report%n",
				database, files, visits, tasks, this.rounds);
		List<ReportFilter> filters = List.of(new ReportFilter((first != null) ? first : today, today, null),
				new ReportFilter(today.minusYears(1), today, null),
				new ReportFilter((first != null) ? first : today, today, "SKILLED_WORKER"));
		System.out.printf(Locale.ROOT, "%-16s %-40s %10s %10s %10s %8s%n", "report", "filter", "first ms", "median ms",
				"max ms", "rows");
		for (ReportFilter filter : filters) {
			for (String name : Reports.NAMES) {
				List<Double> times = new ArrayList<>();
				int rows = 0;
				double firstMs = 0;
				for (int round = 0; round <= this.rounds; round++) {
					long started = System.nanoTime();
					Report report = this.reports.report(name, filter);
					double ms = (System.nanoTime() - started) / 1e6;
					rows = report.tables().stream().mapToInt((table) -> rowsOf(table)).sum();
					if (round == 0) {
						firstMs = ms;
					}
					else {
						times.add(ms);
					}
				}
				Collections.sort(times);
				System.out.printf(Locale.ROOT, "%-16s %-40s %10.1f %10.1f %10.1f %8d%n", name,
						filter.from() + ".." + filter.to() + " "
								+ ((filter.stream() != null) ? filter.stream() : "all"),
						firstMs, times.get(times.size() / 2), times.get(times.size() - 1), rows);
			}
		}
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	private static int rowsOf(ReportTable table) {
		return table.rows().size();
	}

}
