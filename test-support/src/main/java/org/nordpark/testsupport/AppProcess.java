package org.nordpark.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Nordpark service run as a separate JVM with the test's class path, so a test can kill
 * it with SIGKILL as a crash would and start it again. Arguments are Spring Boot style
 * {@code --name=value} properties; the HTTP port is free and set by this class.
 */
public final class AppProcess implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AppProcess.class);

	private static final Duration START_LIMIT = Duration.ofSeconds(90);

	private final String mainClass;

	private final Map<String, String> properties;

	private final List<String> jvmOptions;

	private final int port = FreePorts.next();

	private final Path logFile;

	private @Nullable Process process;

	/**
	 * @param mainClass the application class, e.g.
	 * {@code org.nordpark.ingest.IngestApplication}
	 * @param properties Spring properties passed as {@code --key=value}
	 * @param jvmOptions extra JVM options, e.g. {@code -Xmx256m}
	 */
	public AppProcess(String mainClass, Map<String, String> properties, List<String> jvmOptions) {
		this.mainClass = mainClass;
		this.properties = new LinkedHashMap<>(properties);
		this.jvmOptions = List.copyOf(jvmOptions);
		try {
			this.logFile = Files.createTempFile("nordpark-app-", ".log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The HTTP port of the service. */
	public int port() {
		return this.port;
	}

	/** The process id while running. */
	public synchronized long pid() {
		if (this.process == null) {
			throw new IllegalStateException(this.mainClass + " is not running");
		}
		return this.process.pid();
	}

	/** The service's output. */
	public Path logFile() {
		return this.logFile;
	}

	/** Starts the JVM and waits until {@code /actuator/health} answers (any status). */
	public synchronized AppProcess start() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(this.mainClass);
		command.add("--server.port=" + this.port);
		command.add("--server.address=127.0.0.1");
		this.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + this.mainClass, ex);
		}
		awaitHealth();
		log.info("started {} [pid: {}, port: {}]", this.mainClass, this.process.pid(), this.port);
		return this;
	}

	/** Kills the JVM with SIGKILL: no shutdown hooks, no graceful stop. */
	public synchronized void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			waitForExit();
			log.info("killed {}", this.mainClass);
			this.process = null;
		}
	}

	/** Stops the JVM with SIGTERM, letting it shut down gracefully. */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.destroy();
			waitForExit();
			this.process = null;
		}
	}

	/** GETs a path of the service and returns the body. */
	public String get(String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.timeout(Duration.ofSeconds(10))
				.build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The last lines of the service's output. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void awaitHealth() {
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.mainClass + " exited during start-up:\n" + logTail());
			}
			try {
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build();
				client.send(request, HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException ex) {
				sleep();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		this.process.destroyForcibly();
		throw new IllegalStateException(
				this.mainClass + " did not answer within " + START_LIMIT.toSeconds() + " s:\n" + logTail());
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
