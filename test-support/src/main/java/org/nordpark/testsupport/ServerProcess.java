package org.nordpark.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server binary run as a child process in its own temporary directory. Stopping keeps
 * the directory (and the port), so a restart finds its data again; {@link #close()}
 * deletes it.
 */
public abstract class ServerProcess implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ServerProcess.class);

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

	private final String name;

	private final Path binary;

	private final Path directory;

	private @Nullable Process process;

	private boolean closed;

	protected ServerProcess(String name, Path binary) {
		this.name = name;
		this.binary = binary;
		try {
			this.directory = Files.createTempDirectory("nordpark-" + name + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a temporary directory for " + name, ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::destroyQuietly, name + "-cleanup"));
	}

	/** The temporary directory holding config, data and log. */
	public Path directory() {
		return this.directory;
	}

	/** The server's log file. */
	public Path logFile() {
		return this.directory.resolve(this.name + ".log");
	}

	/** Whether the process is running (it may be paused). */
	public synchronized boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/** The process id while running. */
	public synchronized long pid() {
		if (this.process == null) {
			throw new IllegalStateException(this.name + " is not running");
		}
		return this.process.pid();
	}

	/** Writes the config, starts the process and waits until it answers. */
	public synchronized void start() {
		if (this.closed) {
			throw new IllegalStateException(this.name + " was closed");
		}
		if (isRunning()) {
			return;
		}
		try {
			List<String> command = command(this.binary, writeConfig(this.directory));
			this.process = new ProcessBuilder(command).directory(this.directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + this.name, ex);
		}
		awaitReady();
		log.info("started {} [pid: {}, {}]", this.name, this.process.pid(), describe());
	}

	/** Stops the process gracefully (SIGTERM), keeping its data for a restart. */
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		resume();
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("stopped {}", this.name);
		this.process = null;
	}

	/** Kills the process (SIGKILL), as a crash would, keeping its data for a restart. */
	public synchronized void kill() {
		if (this.process == null) {
			return;
		}
		this.process.destroyForcibly();
		try {
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("killed {}", this.name);
		this.process = null;
	}

	/** Stops and starts again on the same port with the same data. */
	public synchronized void restart() {
		stop();
		start();
	}

	/** Freezes the process (SIGSTOP): it keeps its sockets but answers nothing. */
	public synchronized void pause() {
		signal("STOP");
	}

	/** Thaws a paused process (SIGCONT). */
	public synchronized void resume() {
		signal("CONT");
	}

	/** Stops the process and deletes its directory. */
	@Override
	public synchronized void close() {
		stop();
		this.closed = true;
		deleteDirectory();
	}

	/** The last lines of the server log, for failure messages. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** Writes the config into the directory and returns its path. */
	protected abstract Path writeConfig(Path directory) throws IOException;

	/** The command line for the binary and config. */
	protected abstract List<String> command(Path binary, Path config);

	/** Whether the server answers now. */
	protected abstract boolean answers();

	/** A short description for the log, e.g. the URL. */
	protected abstract String describe();

	private void awaitReady() {
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with code " + this.process.exitValue()
						+ " during start-up; log:\n" + logTail());
			}
			if (answers()) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for " + this.name, ex);
			}
		}
		this.process.destroyForcibly();
		throw new IllegalStateException(
				this.name + " did not answer within " + READY_TIMEOUT.toSeconds() + " s; log:\n" + logTail());
	}

	private void signal(String signal) {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).start();
			kill.waitFor(5, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot send SIG" + signal + " to " + this.name, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void destroyQuietly() {
		Process running = this.process;
		if (running != null) {
			running.destroyForcibly();
		}
		deleteDirectory();
	}

	private void deleteDirectory() {
		if (!Files.exists(this.directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("could not delete {} [reason: {}]", this.directory, ex.getMessage());
		}
	}

}
