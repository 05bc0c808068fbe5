package org.nordpark.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.nordpark.testsupport.FreePorts;

/**
 * One Nordpark service run from its exec jar as a separate JVM (heap {@code -Xmx256m}
 * unless told otherwise), on a free port, started once its health is UP. With
 * {@code BENCH_JFR=1} it records a JFR profile into the run directory.
 */
final class Service implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final int port;

	private final Path log;

	private Service(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static Service start(String name, Path jar, Path runDir, String heap, List<String> args) {
		int port = FreePorts.next();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		// an out-of-heap service leaves a heap dump in the run directory to be read
		command.add("-XX:+HeapDumpOnOutOfMemoryError");
		command.add("-XX:HeapDumpPath=" + runDir.resolve(name + ".hprof"));
		if ("1".equals(System.getenv("BENCH_JFR"))) {
			command.add("-XX:StartFlightRecording=filename=" + runDir.resolve(name + ".jfr") + ",settings=profile");
		}
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + port);
		command.add("--logging.file.name=");
		command.addAll(args);
		Path log = runDir.resolve(name + ".log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			Service service = new Service(name, process, port, log);
			// a benchmark stopped by its time limit (SIGTERM) leaves nothing running
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			service.awaitHealthy(Duration.ofMinutes(3));
			return service;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start " + name + ": " + ex.getMessage(), ex);
		}
	}

	int port() {
		return this.port;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	long pid() {
		return this.process.pid();
	}

	private void awaitHealthy(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				HttpResponse<String> response = HTTP
					.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		close();
		throw new IllegalStateException(this.name + " not healthy within " + timeout + "; see " + this.log);
	}

	/** Graceful stop (SIGTERM: the service flushes what is in flight), then SIGKILL. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(45, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
