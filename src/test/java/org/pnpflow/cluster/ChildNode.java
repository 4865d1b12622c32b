package org.pnpflow.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A node in a JVM of its own, on the same database, that can be killed outright
 * (SIGKILL): no shutdown hook, no rollback sent, its job locks left in the database until
 * they expire.
 */
final class ChildNode implements AutoCloseable {

	final String hostname;

	final Path log;

	private final Process process;

	private ChildNode(String hostname, Path log, Process process) {
		this.hostname = hostname;
		this.log = log;
		this.process = process;
	}

	static ChildNode start(String hostname, Map<String, String> properties) throws IOException {
		Path log = Path.of("target", "cluster-" + hostname + ".log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx768m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(classPath());
		command.add("org.pnpflow.PnpFlowApplication");
		command.add("--spring.profiles.active=test,postgres");
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));
		// the one line that says the node is up
		command.add("--logging.level.org.pnpflow.PnpFlowApplication=INFO");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File(System.getProperty("user.dir")))
			.start();
		return new ChildNode(hostname, log, process);
	}

	/**
	 * This JVM's class path without empty entries: an empty entry is the working
	 * directory, where the models' sources would be found a second time.
	 */
	private static String classPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** Waits until the application has started, or fails with the end of its log. */
	void awaitStarted(Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			String output = Files.readString(this.log);
			if (output.contains("Started PnpFlowApplication")) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("Node " + this.hostname + " ended at start-up:\n" + tail(output));
			}
			Thread.sleep(250);
		}
		throw new AssertionError(
				"Node " + this.hostname + " not started within " + timeout + ":\n" + tail(Files.readString(this.log)));
	}

	/** SIGKILL on Linux: the JVM ends at once, mid-transaction. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	private static String tail(String output) {
		return output.substring(Math.max(0, output.length() - 4000));
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
