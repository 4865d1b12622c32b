package org.pnpflow.process;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * For analysts trying a change on the demo: watches {@code processes/} and {@code forms/}
 * under {@code pnp.models.watch-directory} and deploys them again, all together (forms
 * are bound to their deployment), a moment after a file changes. New cases start on the
 * new version; running ones stay on theirs. Never on in production, where changes arrive
 * through the build.
 */
@Component
@ConditionalOnProperty("pnp.models.watch-directory")
class ModelRedeployer implements SmartLifecycle {

	static final String DEPLOYMENT_NAME = "pnp-flow-models";

	private static final Logger LOG = LoggerFactory.getLogger(ModelRedeployer.class);

	private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".dmn", ".form");

	private final RepositoryService repository;

	private final Path root;

	private volatile WatchService watcher;

	private volatile Thread thread;

	ModelRedeployer(RepositoryService repository, @Value("${pnp.models.watch-directory}") String root) {
		this.repository = repository;
		this.root = Path.of(root).toAbsolutePath().normalize();
	}

	@Override
	public void start() {
		try {
			this.watcher = FileSystems.getDefault().newWatchService();
			for (String folder : List.of("processes", "forms")) {
				Path directory = this.root.resolve(folder);
				if (Files.isDirectory(directory)) {
					directory.register(this.watcher, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
				}
			}
		}
		catch (IOException failed) {
			throw new IllegalStateException("Cannot watch the models under " + this.root, failed);
		}
		this.thread = new Thread(this::watch, "pnp-model-redeployer");
		this.thread.setDaemon(true);
		this.thread.start();
		LOG.info("Watching {}/processes and {}/forms: a changed model is deployed again", this.root, this.root);
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = this.watcher.take();
				boolean models = key.pollEvents()
					.stream()
					.anyMatch((event) -> MODEL_SUFFIXES.stream().anyMatch(event.context().toString()::endsWith));
				key.reset();
				if (models) {
					// editors write a file in several steps: let it settle, and take the
					// other changes with it
					TimeUnit.MILLISECONDS.sleep(500);
					drain();
					redeploy();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException stopped) {
			Thread.currentThread().interrupt();
		}
	}

	private void drain() {
		WatchKey more;
		while ((more = this.watcher.poll()) != null) {
			more.pollEvents();
			more.reset();
		}
	}

	/**
	 * Deploys every model under the root as one deployment, unless nothing changed since
	 * the last one.
	 */
	Deployment redeploy() {
		try {
			DeploymentBuilder deployment = this.repository.createDeployment()
				.name(DEPLOYMENT_NAME)
				.source("pnp.models.watch-directory")
				.enableDuplicateFiltering(true);
			for (String folder : List.of("processes", "forms")) {
				Path directory = this.root.resolve(folder);
				if (!Files.isDirectory(directory)) {
					continue;
				}
				try (Stream<Path> files = Files.list(directory)) {
					for (Path file : files.filter((f) -> MODEL_SUFFIXES.stream().anyMatch(f.toString()::endsWith))
						.toList()) {
						deployment.addString(folder + "/" + file.getFileName(), Files.readString(file));
					}
				}
			}
			Deployment deployed = deployment.deploy();
			LOG.info("Models under {} deployed again: deployment {}", this.root, deployed.getId());
			return deployed;
		}
		catch (IOException | RuntimeException failed) {
			// a half-saved or broken model: say so and keep the running version
			LOG.warn("The changed models under {} were not deployed: {}", this.root, failed.getMessage());
			return null;
		}
	}

	@Override
	public void stop() {
		try {
			if (this.watcher != null) {
				this.watcher.close();
			}
		}
		catch (IOException ignored) {
			// closing anyway
		}
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null && this.thread.isAlive();
	}

}
