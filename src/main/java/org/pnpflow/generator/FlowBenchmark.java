package org.pnpflow.generator;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openhtmltopdf.util.XRLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.certificates.Certificates;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.Letters;
import org.pnpflow.process.Databases;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.pnpflow.reports.ReportFilter;
import org.pnpflow.reports.Reports;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The flow benchmark ({@code pnp.benchmark.flow=true}, docs/performance.md): measures, in
 * one run on this node's database, the engine's floor against PNP Flow's full case, the
 * intake API's latency at a steady rate, Tasklist's queue query, every report, the making
 * of letters and certificates, start-up time and memory; the throughput, queue and report
 * figures again at each historic volume of {@code pnp.benchmark.volumes}, which it tops
 * up with the data generator's cases. It prints a table, writes the figures as JSON and
 * stops.
 */
@Component
@ConditionalOnProperty(name = "pnp.benchmark.flow", havingValue = "true")
class FlowBenchmark implements ApplicationRunner {

	private static final String PREFIX = "BEN";

	/** Tasklist's request for a filter's page of cards, as it sends it. */
	private static final Map<String, Object> TASKLIST_QUERY = Map.of("processVariables", List.of(), "taskVariables",
			List.of(), "caseInstanceVariables", List.of(), "sorting",
			List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

	private final ProcessEngine engine;

	private final Reports reports;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final Streams streams;

	private final ProgramClock clock;

	private final PnpProperties properties;

	private final MeterRegistry meters;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private final ApplicationFileRepository files;

	private final Letters letters;

	private final Certificates certificates;

	private final AtomicInteger serial = new AtomicInteger();

	private final CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();

	private final Random random = new Random(7);

	FlowBenchmark(ProcessEngine engine, Reports reports, DataSource dataSource, PlatformTransactionManager transactions,
			Streams streams, ProgramClock clock, PnpProperties properties, MeterRegistry meters,
			Environment environment, ConfigurableApplicationContext context, ApplicationFileRepository files,
			Letters letters, Certificates certificates) {
		this.files = files;
		this.letters = letters;
		this.certificates = certificates;
		this.engine = engine;
		this.reports = reports;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.streams = streams;
		this.clock = clock;
		this.properties = properties;
		this.meters = meters;
		this.environment = environment;
		this.context = context;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Starts the run on a thread of its own: the job executor starts once the application
	 * is ready, which is after this runner returns.
	 */
	@Override
	public void run(ApplicationArguments args) {
		Thread benchmark = new Thread(() -> {
			int status = 0;
			try {
				this.result.complete(measure());
			}
			catch (Exception | AssertionError failed) {
				failed.printStackTrace();
				this.result.completeExceptionally(failed);
				status = 1;
			}
			if (this.environment.getProperty("pnp.benchmark.exit", Boolean.class, true)) {
				int exit = status;
				System.exit(SpringApplication.exit(this.context, () -> exit));
			}
		}, "flow-benchmark");
		benchmark.start();
	}

	/** The figures of the run once it has ended, or its failure. */
	CompletableFuture<Map<String, Object>> result() {
		return this.result;
	}

	private Map<String, Object> measure() throws Exception {
		// openhtmltopdf logs every PDF it makes; the figures are what is printed here
		XRLog.setLoggingEnabled(false);
		JobExecutor executor = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getJobExecutor();
		for (int i = 0; i < 600 && (executor == null || !executor.isActive()); i++) {
			Thread.sleep(100);
		}
		// ready: the web server answers and the job executor runs
		double readySeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		int cases = setting("cases", 60);
		int clients = setting("clients", 6);
		int warmup = setting("warmup", 10);
		int rate = setting("intake-rate", 20);
		int seconds = setting("intake-seconds", 60);
		int queueRounds = setting("queue-rounds", 30);
		int reportRounds = setting("report-rounds", 3);
		double openShare = this.environment.getProperty("pnp.benchmark.open-share", Double.class, 0.1);
		List<Integer> volumes = List.of(this.environment.getProperty("pnp.benchmark.volumes", Integer[].class,
				new Integer[] { 10_000, 100_000, 1_000_000 }));
		Path output = Path.of(this.environment.getProperty("pnp.benchmark.output", "benchmark-flow.json"));
		String password = this.environment.getProperty("pnp.demo.password");
		if (password == null || password.isBlank()) {
			throw new IllegalStateException(
					"The benchmark works cases as the demo users: run it with the demo profile");
		}
		refuseUnlessAlone();
		HttpStaff staff = new HttpStaff(this.environment.getRequiredProperty("local.server.port", Integer.class),
				password, this.engine);
		this.serial.set(count("select count(*) from application_file where submission_id like 'benchmark-%'"));

		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("machine", machine());
		figures.put("startUpToReadySeconds", round(readySeconds));
		Thread.sleep(3000);
		System.gc();
		figures.put("residentMemoryIdleMb", residentMb());
		System.out.printf(Locale.ROOT, "%nFlow benchmark on %s%n", figures.get("machine"));

		// warm up, and learn what a nominated case runs
		List<String> warmFiles = new ArrayList<>();
		runFull(staff, warmup, clients, warmFiles);
		EngineFloor.Shape shape = EngineFloor.Shape.of(this.engine.getHistoryService(), warmFiles);
		figures.put("nominatedCase", shape);
		System.out.printf(Locale.ROOT, "A nominated case runs %d service steps (%d jobs) and %d user tasks%n",
				shape.serviceSteps(), shape.jobs(), shape.userTasks());
		EngineFloor floor = new EngineFloor(this.engine, shape);
		floor.deploy();
		try {
			floor.run(warmup, clients);
			figures.put("volumes",
					volumes(staff, floor, volumes, openShare, cases, clients, queueRounds, reportRounds));
		}
		finally {
			floor.undeploy();
		}
		oneAtATime(warmFiles, figures);
		figures.put("intake", intake(staff, rate, seconds));

		print(figures);
		Files.writeString(output, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
		System.out.println("Figures written to " + output.toAbsolutePath());
		return figures;
	}

	/**
	 * At each volume: tops up the concluded and open cases, then measures the floor and
	 * the full case side by side, the queue query and every report.
	 */
	private List<Map<String, Object>> volumes(HttpStaff staff, EngineFloor floor, List<Integer> volumes,
			double openShare, int cases, int clients, int queueRounds, int reportRounds) throws Exception {
		Instant now = this.clock.now();
		Period retention = this.properties.getRetention().getOrDefault("NOMINATED", Period.ofYears(2));
		String filter = staff
			.call("officer", "GET", staff.engineRest() + "/filter?name=Officers%20queue&maxResults=1", null, 200)
			.get(0)
			.get("id")
			.asText();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int volume : volumes) {
			long started = System.nanoTime();
			// ids are read afresh: the cases run since the last volume have taken some
			SyntheticCases writer = new SyntheticCases(this.dataSource, this.clock.zone(), PREFIX,
					now.atZone(this.clock.zone()).minus(retention).toInstant());
			OpenQueue queue = new OpenQueue(this.engine.getRuntimeService(), writer, this.transaction, this.streams,
					volume);
			int historic = count("select count(*) from application_file where status <> 'OPEN'");
			if (historic < volume) {
				CaseGenerator.writeConcluded(writer,
						new CaseShapes(volume, List.copyOf(this.streams.codes()), now, Duration.ofDays(365L * 8)),
						this.transaction, volume - historic);
			}
			int open = count("select count(*) from act_ru_task");
			int openTarget = (int) Math.round(volume * openShare);
			if (open < openTarget) {
				queue.fill(openTarget - open, 2);
			}
			writer.finish();
			analyzeCamundaTables();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("historicFiles", count("select count(*) from application_file where status <> 'OPEN'"));
			row.put("openTasks", count("select count(*) from act_ru_task"));
			row.put("fillSeconds", round((System.nanoTime() - started) / 1e9));
			System.out.printf(Locale.ROOT, "%nVolume %,d: %,d historic files, %,d open tasks (filled in %.0f s)%n",
					volume, row.get("historicFiles"), row.get("openTasks"), row.get("fillSeconds"));

			double floorRate = floor.run(cases, clients);
			double fullRate = runFull(staff, cases, clients, new ArrayList<>());
			row.put("engineFloorCasesPerSecond", round(floorRate));
			row.put("fullCaseCasesPerSecond", round(fullRate));
			row.put("fullToFloorRatio", round(fullRate / floorRate));
			// read now: the timers keep the last two minutes or so
			row.put("letterMakingAmidFullCasesMs", percentiles("pnp.letters.making"));
			row.put("certificateIssuingAmidFullCasesMs", percentiles("pnp.certificates.issuing"));
			System.out.printf(Locale.ROOT, "  engine floor %.2f cases/s, full case %.2f cases/s, ratio %.2f%n",
					floorRate, fullRate, fullRate / floorRate);

			List<Double> lists = new ArrayList<>();
			List<Double> counts = new ArrayList<>();
			for (int i = 0; i < queueRounds; i++) {
				lists.add(staff.timed("officer", "POST",
						staff.engineRest() + "/filter/" + filter + "/list?firstResult=0&maxResults=15", TASKLIST_QUERY,
						"application/hal+json"));
				counts.add(staff.timed("officer", "POST", staff.engineRest() + "/filter/" + filter + "/count",
						TASKLIST_QUERY, "application/json"));
			}
			row.put("queueListMs", summary(lists));
			row.put("queueCountMs", summary(counts));
			System.out.printf(Locale.ROOT, "  Tasklist queue page p95 %.1f ms, count p95 %.1f ms%n",
					percentile(lists, 95), percentile(counts, 95));

			row.put("caseFileMs", caseFileTimes(staff, queueRounds));

			Map<String, Object> reportTimes = new LinkedHashMap<>();
			LocalDate first = this.jdbc.queryForObject("select min(received_on) from application_file",
					LocalDate.class);
			ReportFilter whole = new ReportFilter(first, this.clock.today(), null);
			for (String name : Reports.NAMES) {
				List<Double> times = new ArrayList<>();
				for (int round = 0; round < reportRounds; round++) {
					long at = System.nanoTime();
					this.reports.report(name, whole);
					times.add((System.nanoTime() - at) / 1e6);
				}
				reportTimes.put(name, summary(times));
				System.out.printf(Locale.ROOT, "  report %-15s median %7.0f ms, slowest %7.0f ms%n", name,
						percentile(times, 50), percentile(times, 100));
			}
			row.put("reportMs", reportTimes);
			rows.add(row);
		}
		return rows;
	}

	/**
	 * What staff wait for on the case file page and the team page, over HTTP: a search by
	 * each key for a concluded file (a common family name matches one file in 16, so the
	 * search sorts them and shows the newest 50, each entered in the audit trail), the
	 * opening of that file, and the team page's counts of every queue (which read every
	 * file waiting on the applicant).
	 */
	private Map<String, Object> caseFileTimes(HttpStaff staff, int rounds) {
		Map<String, Object> file = this.jdbc.queryForMap("select f.file_number, a.family_name, a.passport_number,"
				+ " a.date_of_birth from application_file f join applicant a on a.id = f.applicant_id"
				+ " where f.status <> 'OPEN' order by f.id desc limit 1");
		String number = (String) file.get("file_number");
		Map<String, Map<String, String>> searches = new LinkedHashMap<>();
		searches.put("searchByName", Map.of("by", "NAME", "q", (String) file.get("family_name")));
		searches.put("searchByPassport", Map.of("by", "PASSPORT_NUMBER", "q", (String) file.get("passport_number")));
		searches.put("searchByBirthDate", Map.of("by", "DATE_OF_BIRTH", "q", file.get("date_of_birth").toString()));
		searches.put("searchByNumberEnd", Map.of("by", "FILE_NUMBER", "q", number.substring(number.length() - 12)));
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			searches.forEach((measure, query) -> times.computeIfAbsent(measure, (any) -> new ArrayList<>())
				.add(staff.timed("intake", "POST", "/api/case-files/search", query, "application/json")));
			times.computeIfAbsent("open", (any) -> new ArrayList<>())
				.add(staff.timed("manager", "GET", "/api/case-files/" + number, null, "application/json"));
			times.computeIfAbsent("teamQueues", (any) -> new ArrayList<>())
				.add(staff.timed("manager", "GET", "/api/team/queues", null, "application/json"));
		}
		Map<String, Object> summaries = new LinkedHashMap<>();
		times.forEach((measure, values) -> summaries.put(measure, summary(values)));
		System.out.printf(Locale.ROOT,
				"  case files p95: search by name %.0f ms, passport %.0f ms, birth date %.0f ms, number's end %.0f ms;"
						+ " open %.0f ms; team counts %.0f ms%n",
				percentile(times.get("searchByName"), 95), percentile(times.get("searchByPassport"), 95),
				percentile(times.get("searchByBirthDate"), 95), percentile(times.get("searchByNumberEnd"), 95),
				percentile(times.get("open"), 95), percentile(times.get("teamQueues"), 95));
		return summaries;
	}

	/**
	 * The making of a letter and the issuing of a certificate alone, one after the other,
	 * on nominated files of this run: each in a transaction rolled back afterwards, so
	 * the files keep what they had (the certificate is removed first inside it, then
	 * issued again with the next number, which the rollback returns).
	 */
	private void oneAtATime(List<String> files, Map<String, Object> figures) {
		if (this.properties.getMail().isEnabled()) {
			figures.put("letterMakingMs", Map.of("skipped", "letters are emailed here (pnp.mail.enabled)"));
			figures.put("certificateIssuingMs", Map.of());
			return;
		}
		List<Double> letterTimes = new ArrayList<>();
		List<Double> certificateTimes = new ArrayList<>();
		for (int round = 0; round < 10; round++) {
			for (String number : files) {
				this.transaction.executeWithoutResult((status) -> {
					ApplicationFile file = this.files.findByFileNumber(new FileNumber(number)).orElseThrow();
					long started = System.nanoTime();
					this.letters.send(file, LetterType.NOMINATION, "benchmark-" + UUID.randomUUID());
					letterTimes.add((System.nanoTime() - started) / 1e6);
					this.jdbc.update("delete from certificate where application_id = ?", file.getId());
					started = System.nanoTime();
					this.certificates.issue(file);
					certificateTimes.add((System.nanoTime() - started) / 1e6);
					status.setRollbackOnly();
				});
			}
		}
		figures.put("letterMakingMs", summary(letterTimes));
		figures.put("certificateIssuingMs", summary(certificateTimes));
	}

	/**
	 * Runs the cases over HTTP with the clients in parallel; returns cases per second.
	 */
	private double runFull(HttpStaff staff, int cases, int clients, List<String> files) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			long started = System.nanoTime();
			List<Future<String>> all = new ArrayList<>();
			for (int i = 0; i < cases; i++) {
				all.add(pool.submit(() -> {
					String file = staff.submit(nextApplication());
					staff.workToCertificate(file);
					return file;
				}));
			}
			for (Future<String> each : all) {
				files.add(each.get());
			}
			return cases / ((System.nanoTime() - started) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Submits at a steady rate for the given time, each submission on a thread of its
	 * own; a submission's latency counts from the moment it was due, so a slow answer
	 * delays nobody's clock. Resident memory is read every second meanwhile.
	 */
	private Map<String, Object> intake(HttpStaff staff, int rate, int seconds) throws Exception {
		ScheduledExecutorService ticks = Executors.newScheduledThreadPool(1);
		ExecutorService senders = Executors.newFixedThreadPool(32);
		ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicLong peakRss = new AtomicLong();
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime() + 100_000_000L;
		int total = rate * seconds;
		AtomicInteger sent = new AtomicInteger();
		ticks.scheduleAtFixedRate(() -> {
			int n = sent.getAndIncrement();
			if (n >= total) {
				return;
			}
			long due = start + n * period;
			senders.submit(() -> {
				try {
					staff.submit(nextApplication());
					latencies.add((System.nanoTime() - due) / 1e6);
				}
				catch (RuntimeException ex) {
					failures.add(ex.getMessage());
				}
			});
		}, 100_000_000L, period, TimeUnit.NANOSECONDS);
		while (sent.get() < total) {
			peakRss.accumulateAndGet(residentMb(), Math::max);
			Thread.sleep(1000);
		}
		ticks.shutdown();
		senders.shutdown();
		senders.awaitTermination(2, TimeUnit.MINUTES);
		peakRss.accumulateAndGet(residentMb(), Math::max);
		List<Double> all = new ArrayList<>(latencies);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("ratePerSecond", rate);
		result.put("seconds", seconds);
		result.put("submitted", all.size());
		result.put("failed", failures.size());
		result.put("latencyMs", summary(all));
		result.put("residentMemoryUnderLoadMb", peakRss.get());
		if (!failures.isEmpty()) {
			result.put("firstFailure", failures.peek());
		}
		return result;
	}

	private Map<String, Object> percentiles(String timerName) {
		Timer timer = this.meters.find(timerName).timer();
		Map<String, Object> result = new LinkedHashMap<>();
		if (timer == null) {
			return result;
		}
		result.put("count", timer.count());
		for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
			result.put("p" + Math.round(value.percentile() * 100), round(value.value(TimeUnit.MILLISECONDS)));
		}
		result.put("max", round(timer.max(TimeUnit.MILLISECONDS)));
		return result;
	}

	private Map<String, Object> nextApplication() {
		int n = this.serial.incrementAndGet();
		return OpenCases.application("benchmark-" + UUID.randomUUID(), "B", n, this.random);
	}

	@SuppressWarnings("unchecked")
	private void print(Map<String, Object> figures) {
		Map<String, Object> intake = (Map<String, Object>) figures.get("intake");
		Map<String, Object> latency = (Map<String, Object>) intake.get("latencyMs");
		Map<String, Object> letters = (Map<String, Object>) figures.get("letterMakingMs");
		Map<String, Object> certificates = (Map<String, Object>) figures.get("certificateIssuingMs");
		Map<String, Object> firstVolume = ((List<Map<String, Object>>) figures.get("volumes")).get(0);
		Map<String, Object> lettersLoaded = (Map<String, Object>) firstVolume.get("letterMakingAmidFullCasesMs");
		Map<String, Object> certificatesLoaded = (Map<String, Object>) firstVolume
			.get("certificateIssuingAmidFullCasesMs");
		StringBuilder table = new StringBuilder("\n=== PNP Flow benchmark ===\n");
		table.append(String.format(Locale.ROOT, "%-46s %s%n", "start-up to ready",
				figures.get("startUpToReadySeconds") + " s"));
		table.append(String.format(Locale.ROOT, "%-46s %s MB idle, %s MB under the intake load%n", "resident memory",
				figures.get("residentMemoryIdleMb"), intake.get("residentMemoryUnderLoadMb")));
		table.append(String.format(Locale.ROOT, "%-46s p50 %s, p95 %s, p99 %s ms (%s sent, %s failed)%n",
				"intake at " + intake.get("ratePerSecond") + "/s for " + intake.get("seconds") + " s",
				latency.get("p50"), latency.get("p95"), latency.get("p99"), intake.get("submitted"),
				intake.get("failed")));
		table.append(String.format(Locale.ROOT, "%-46s median %s, p95 %s ms (%s letters)%n",
				"letter made (PDF), one at a time", letters.get("p50"), letters.get("p95"), letters.get("count")));
		table.append(String.format(Locale.ROOT, "%-46s median %s, p95 %s ms (%s certificates)%n",
				"certificate issued (number, PDF), one at a time", certificates.get("p50"), certificates.get("p95"),
				certificates.get("count")));
		table.append(String.format(Locale.ROOT, "%-46s median %s, p95 %s ms (%s letters)%n",
				"letter made, amid the first volume's full cases", lettersLoaded.get("p50"), lettersLoaded.get("p95"),
				lettersLoaded.get("count")));
		table.append(String.format(Locale.ROOT, "%-46s median %s, p95 %s ms (%s certificates)%n",
				"certificate issued, amid the same", certificatesLoaded.get("p50"), certificatesLoaded.get("p95"),
				certificatesLoaded.get("count")));
		table.append(String.format(Locale.ROOT, "%n%10s %8s %9s %9s %6s %9s %9s", "historic", "open", "floor c/s",
				"full c/s", "ratio", "queue p95", "count p95"));
		for (String name : Reports.NAMES) {
			table.append(String.format(Locale.ROOT, " %14s", name));
		}
		table.append('\n');
		for (Map<String, Object> row : (List<Map<String, Object>>) figures.get("volumes")) {
			table.append(String.format(Locale.ROOT, "%,10d %,8d %9s %9s %6s %9s %9s", row.get("historicFiles"),
					row.get("openTasks"), row.get("engineFloorCasesPerSecond"), row.get("fullCaseCasesPerSecond"),
					row.get("fullToFloorRatio"), ((Map<String, Object>) row.get("queueListMs")).get("p95"),
					((Map<String, Object>) row.get("queueCountMs")).get("p95")));
			Map<String, Object> times = (Map<String, Object>) row.get("reportMs");
			for (String name : Reports.NAMES) {
				table
					.append(String.format(Locale.ROOT, " %11s ms", ((Map<String, Object>) times.get(name)).get("p50")));
			}
			table.append('\n');
		}
		table.append("(queue: Tasklist's page of 15 cards of the officers' queue and its count, ms; reports: median"
				+ " ms over the whole span)\n");
		table.append(String.format(Locale.ROOT, "%n%10s %12s %12s %12s %12s %12s %12s%n", "historic", "by name",
				"by passport", "by birth", "by number", "open file", "team counts"));
		for (Map<String, Object> row : (List<Map<String, Object>>) figures.get("volumes")) {
			Map<String, Object> times = (Map<String, Object>) row.get("caseFileMs");
			table.append(String.format(Locale.ROOT, "%,10d", row.get("historicFiles")));
			for (String measure : List.of("searchByName", "searchByPassport", "searchByBirthDate", "searchByNumberEnd",
					"open", "teamQueues")) {
				table.append(
						String.format(Locale.ROOT, " %9s ms", ((Map<String, Object>) times.get(measure)).get("p95")));
			}
			table.append('\n');
		}
		table.append("(case files and team page: p95 over HTTP, ms)\n");
		System.out.println(table);
	}

	/** Refuses a database with files that neither the generator nor a benchmark made. */
	private void refuseUnlessAlone() {
		JobExecutor executor = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getJobExecutor();
		if (executor == null || !executor.isActive()) {
			throw new IllegalStateException("The benchmark needs the job executor on: cases move on through it");
		}
		int real = count("select count(*) from application_file where submission_id not like 'synthetic-%'"
				+ " and submission_id not like 'benchmark-%'");
		if (real > 0) {
			throw new IllegalStateException("This database holds " + real + " files that no benchmark or generator"
					+ " made; the benchmark runs only on an empty database or one it filled");
		}
	}

	/**
	 * Fresh planner statistics for the engine's tables after a bulk fill (PostgreSQL).
	 */
	private void analyzeCamundaTables() {
		if (Databases.isPostgres(this.dataSource)) {
			for (String table : List.of("act_ru_task", "act_ru_execution", "act_ru_variable", "act_ru_identitylink",
					"act_ru_authorization", "act_ru_job", "act_hi_procinst", "act_hi_taskinst", "act_hi_actinst",
					"act_hi_varinst")) {
				this.jdbc.execute("vacuum analyze " + table);
			}
		}
	}

	private String machine() {
		String database = Databases.describe(this.dataSource);
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		return String.format(Locale.ROOT, "%s, %d cores, Java %s, heap max %d MB, history %s", database,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), configuration.getHistory());
	}

	private int setting(String name, int fallback) {
		return this.environment.getProperty("pnp.benchmark." + name, Integer.class, fallback);
	}

	private int count(String sql) {
		Integer n = this.jdbc.queryForObject(sql, Integer.class);
		return (n != null) ? n : 0;
	}

	/** Resident memory of this process (Linux), MB; 0 where /proc cannot be read. */
	static long residentMb() {
		try {
			for (String line : Files.readAllLines(new File("/proc/self/status").toPath())) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: left at 0
		}
		return 0;
	}

	/** p50, p95, p99 and the slowest, by nearest rank. */
	static Map<String, Object> summary(List<Double> values) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("count", values.size());
		for (int p : new int[] { 50, 95, 99, 100 }) {
			summary.put((p == 100) ? "max" : "p" + p, round(percentile(values, p)));
		}
		return summary;
	}

	/** The nearest-rank percentile; 0 for no values. */
	static double percentile(List<Double> values, int p) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
