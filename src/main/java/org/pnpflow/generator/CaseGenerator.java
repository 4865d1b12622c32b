package org.pnpflow.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.pnpflow.registers.LocalRegistryWorker;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * The data generator: with {@code pnp.generate.cases=N} the application writes N
 * synthetic concluded cases over the last {@code pnp.generate.years} years, makes
 * {@code pnp.generate.open} open cases through the intake API and the engine, prints what
 * it did, and stops. For demos and benchmarks, on H2 or PostgreSQL; never on a database
 * with real cases (the numbers carry their own prefix, {@code pnp.generate.prefix}, but
 * the reports count them all). See docs/reports.md.
 */
@Component
@ConditionalOnProperty("pnp.generate.cases")
class CaseGenerator implements ApplicationRunner {

	private static final int CHUNK = 2_000;

	private final DataSource dataSource;

	private final PlatformTransactionManager transactions;

	private final ProcessEngine engine;

	private final LocalRegistryWorker registryWorker;

	private final Streams streams;

	private final ProgramClock clock;

	private final PnpProperties properties;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	CaseGenerator(DataSource dataSource, PlatformTransactionManager transactions, ProcessEngine engine,
			LocalRegistryWorker registryWorker, Streams streams, ProgramClock clock, PnpProperties properties,
			Environment environment, ConfigurableApplicationContext context) {
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.engine = engine;
		this.registryWorker = registryWorker;
		this.streams = streams;
		this.clock = clock;
		this.properties = properties;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int cases = this.environment.getRequiredProperty("pnp.generate.cases", Integer.class);
		int open = this.environment.getProperty("pnp.generate.open", Integer.class, 100);
		long seed = this.environment.getProperty("pnp.generate.seed", Long.class, 1L);
		int years = this.environment.getProperty("pnp.generate.years", Integer.class, 5);
		String prefix = this.environment.getProperty("pnp.generate.prefix", "SYN");

		refuseUnlessAlone();
		Instant now = this.clock.now();
		Period retention = this.properties.getRetention().getOrDefault("NOMINATED", Period.ofYears(2));
		Instant archivedBefore = now.atZone(this.clock.zone()).minus(retention).toInstant();
		long started = System.nanoTime();
		SyntheticCases writer = new SyntheticCases(this.dataSource, this.clock.zone(), prefix, archivedBefore);
		CaseShapes shapes = new CaseShapes(seed, List.copyOf(this.streams.codes()), now, Duration.ofDays(365L * years));
		writeConcluded(writer, shapes, new TransactionTemplate(this.transactions), cases);
		writer.finish();
		double historicSeconds = (System.nanoTime() - started) / 1e9;

		started = System.nanoTime();
		int worked = 0;
		if (open > 0) {
			OpenCases opened = new OpenCases(this.engine, this.registryWorker, portalClient(), seed);
			for (int i = 1; i <= open; i++) {
				worked += opened.make(i);
			}
		}
		double openSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"%nGenerated %,d concluded cases (prefix %s, %d years, seed %d) in %.1f s (%,.0f cases/s)%n"
						+ "Made %,d open cases through the intake API, %,d tasks worked on them, in %.1f s%n",
				cases, prefix, years, seed, historicSeconds, cases / Math.max(historicSeconds, 0.001), open, worked,
				openSeconds);
		if (this.environment.getProperty("pnp.generate.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

	/** Writes the cases in chunks, each in a transaction, saying every 100,000. */
	static void writeConcluded(SyntheticCases writer, CaseShapes shapes, TransactionTemplate transaction, int cases) {
		for (int done = 0; done < cases; done += CHUNK) {
			List<SyntheticCase> chunk = new ArrayList<>();
			for (int i = done; i < Math.min(cases, done + CHUNK); i++) {
				chunk.add(shapes.next());
			}
			transaction.executeWithoutResult((status) -> writer.write(chunk));
			if ((done + CHUNK) % 100_000 < CHUNK) {
				System.out.printf(Locale.ROOT, "  %,d concluded cases written%n", Math.min(cases, done + CHUNK));
			}
		}
	}

	/**
	 * Refuses to run beside real work: with the job executor on (the generator moves the
	 * engine's clock, which the executor and every request of this node read), or on a
	 * database that holds files other than generated ones (it writes ids of its own).
	 */
	private void refuseUnlessAlone() {
		var executor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration()).getJobExecutor();
		if (executor != null && executor.isActive()) {
			throw new IllegalStateException("The generator moves the engine's clock: run it with"
					+ " --camunda.bpm.job-execution.enabled=false, and no other node on this database");
		}
		Integer real = new org.springframework.jdbc.core.JdbcTemplate(this.dataSource).queryForObject(
				"select count(*) from application_file where submission_id not like 'synthetic-%'", Integer.class);
		if (real != null && real > 0) {
			throw new IllegalStateException("This database holds " + real + " files that the generator did not"
					+ " make; it writes only to an empty database or one it filled");
		}
	}

	/** The intake API of this very application, signed in as the demo portal account. */
	private RestClient portalClient() {
		String password = this.environment.getProperty("pnp.demo.password");
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("Open cases are made through the intake API as the demo portal account:"
					+ " run the generator with the demo profile, or with pnp.generate.open=0");
		}
		String port = this.environment.getRequiredProperty("local.server.port");
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders((headers) -> headers.setBasicAuth("portal", password))
			.build();
	}

}
