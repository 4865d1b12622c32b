package org.pnpflow.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.Streams;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open cases in bulk for a queue of realistic size: each file written with JDBC as
 * received and paid, then its process instance started by the engine straight at the
 * officers' eligibility assessment, with the variables intake gives a case. The task is
 * created as any other (candidate group, card variables, due date, its visit recorded),
 * so Tasklist's queue query meets real rows. Much faster than going through intake and
 * every earlier step, which {@link OpenCases} does for a demo's few cases.
 */
final class OpenQueue {

	static final String TASK = "UserTask_AssessEligibility";

	private static final String[] COUNTRIES = { "IN", "PH", "NG", "CN", "PK", "UA", "MX", "VN", "FR", "BR" };

	private static final int CHUNK = 500;

	private final RuntimeService runtime;

	private final SyntheticCases writer;

	private final TransactionTemplate transaction;

	private final Streams streams;

	private final Random random;

	OpenQueue(RuntimeService runtime, SyntheticCases writer, TransactionTemplate transaction, Streams streams,
			long seed) {
		this.runtime = runtime;
		this.writer = writer;
		this.transaction = transaction;
		this.streams = streams;
		this.random = new Random(seed);
	}

	/**
	 * Writes and starts the cases, with the given number of threads starting instances.
	 */
	void fill(int count, int threads) throws Exception {
		List<String> codes = List.copyOf(this.streams.codes());
		ExecutorService starters = Executors.newFixedThreadPool(threads);
		try {
			for (int done = 0; done < count; done += CHUNK) {
				List<SyntheticCase> chunk = new ArrayList<>();
				for (int i = done; i < Math.min(count, done + CHUNK); i++) {
					String stream = codes.get(this.random.nextInt(codes.size()));
					Instant received = Instant.now().minus(Duration.ofMinutes(this.random.nextInt(60 * 24 * 60)));
					SyntheticCase open = new SyntheticCase(stream, this.random.nextInt(100) < 85 ? "PORTAL" : "PAPER",
							COUNTRIES[this.random.nextInt(COUNTRIES.length)], this.random.nextInt(100) < 40, received);
					open.fee = new BigDecimal("1500.00");
					chunk.add(open);
				}
				List<SyntheticCases.OpenFile> files = this.transaction
					.execute((status) -> this.writer.writeOpen(chunk));
				List<Future<?>> started = new ArrayList<>();
				int slice = (files.size() + threads - 1) / threads;
				for (int t = 0; t < files.size(); t += slice) {
					List<SyntheticCases.OpenFile> part = files.subList(t, Math.min(files.size(), t + slice));
					started.add(starters.submit(() -> part.forEach(this::start)));
				}
				for (Future<?> each : started) {
					each.get();
				}
			}
		}
		finally {
			starters.shutdownNow();
		}
	}

	private void start(SyntheticCases.OpenFile file) {
		this.runtime.createProcessInstanceByKey(ProcessVariables.PROCESS_KEY)
			.businessKey(file.fileNumber())
			.setVariables(Variables.createVariables()
				.putValue(ProcessVariables.APPLICATION_ID, file.id())
				.putValue(ProcessVariables.FILE_NUMBER, file.fileNumber())
				.putValue(ProcessVariables.STREAM, file.stream())
				.putValue(ProcessVariables.STREAM_NAME, this.streams.nameOf(file.stream()))
				.putValue(ProcessVariables.HAS_EMPLOYER, !"ENTREPRENEUR".equals(file.stream()))
				.putValue(ProcessVariables.HAS_REPRESENTATIVE, file.represented())
				.putValue(ProcessVariables.HAS_EDUCATION_CREDENTIAL, true)
				.putValue(ProcessVariables.INTERVIEW_HELD, false)
				.putValue(ProcessVariables.MISREPRESENTATION_FOUND, false)
				.putValue(ProcessVariables.PRIORITY, "NORMAL")
				.putValue(ProcessVariables.FLAGS, ""))
			.startBeforeActivity(TASK)
			.execute();
	}

}
