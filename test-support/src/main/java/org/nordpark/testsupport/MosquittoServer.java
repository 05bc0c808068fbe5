package org.nordpark.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A real {@code mosquitto} broker on 127.0.0.1 with persistence in its temporary
 * directory, optionally with password authentication, an ACL and a TLS listener.
 */
public final class MosquittoServer extends ServerProcess {

	private final int port;

	private final int tlsPort;

	private final Map<String, String> users;

	private final @Nullable String acl;

	private final @Nullable TestCertificates certificates;

	private final List<String> extraConfig;

	private MosquittoServer(Builder builder) {
		super("mosquitto", Binaries.find("mosquitto", "mosquitto"));
		this.port = FreePorts.next();
		this.users = Map.copyOf(builder.users);
		this.acl = builder.acl;
		this.certificates = builder.tls ? TestCertificates.create(directory().resolve("tls")) : null;
		this.tlsPort = builder.tls ? FreePorts.next() : -1;
		this.extraConfig = List.copyOf(builder.extraConfig);
	}

	/** A builder for a broker with the given options. */
	public static Builder builder() {
		return new Builder();
	}

	/** Starts an anonymous broker. */
	public static MosquittoServer startAnonymous() {
		MosquittoServer server = builder().build();
		server.start();
		return server;
	}

	/** The plain listener's port. */
	public int port() {
		return this.port;
	}

	/** The plain listener's URI, e.g. {@code tcp://127.0.0.1:41873}. */
	public String uri() {
		return "tcp://127.0.0.1:" + this.port;
	}

	/** The TLS listener's URI, e.g. {@code ssl://127.0.0.1:41874}. */
	public String tlsUri() {
		requireTls();
		return "ssl://127.0.0.1:" + this.tlsPort;
	}

	/** The certificates of the TLS listener (CA for clients to trust). */
	public TestCertificates certificates() {
		requireTls();
		return this.certificates;
	}

	/** A topic prefix no other test in this JVM uses, e.g. {@code t_k3f_7}. */
	public String newTopicPrefix() {
		return UniqueNames.next("t");
	}

	@Override
	protected Path writeConfig(Path directory) throws IOException {
		List<String> lines = new ArrayList<>();
		// started as root, mosquitto would switch to the user 'mosquitto', who cannot
		// read this directory
		lines.add("user " + System.getProperty("user.name"));
		lines.add("per_listener_settings false");
		lines.add("persistence true");
		lines.add("persistence_location " + directory.resolve("data") + "/");
		lines.add("autosave_interval 1");
		// the broker holds the backlog of offline persistent sessions; nothing is dropped
		lines.add("max_queued_messages 0");
		lines.add("max_queued_bytes 0");
		// as the shipped configs: clients may have 1000 QoS 1 publishes awaiting PUBACK
		// (the receive maximum in CONNACK; mosquitto's default is 20), and no Nagle delay
		lines.add("max_inflight_messages 1000");
		lines.add("set_tcp_nodelay true");
		lines.add("log_dest stdout");
		lines.add("log_type error");
		lines.add("log_type warning");
		lines.add("log_type notice");
		lines.add("log_type information");
		lines.add("listener " + this.port + " 127.0.0.1");
		if (this.certificates != null) {
			lines.add("listener " + this.tlsPort + " 127.0.0.1");
			lines.add("cafile " + this.certificates.caCertificate());
			lines.add("certfile " + this.certificates.serverCertificate());
			lines.add("keyfile " + this.certificates.serverKey());
		}
		if (this.users.isEmpty()) {
			lines.add("allow_anonymous true");
		}
		else {
			lines.add("allow_anonymous false");
			lines.add("password_file " + writePasswordFile(directory));
		}
		if (this.acl != null) {
			Path aclFile = directory.resolve("acl");
			Files.writeString(aclFile, this.acl);
			lines.add("acl_file " + aclFile);
		}
		lines.addAll(this.extraConfig);
		Files.createDirectories(directory.resolve("data"));
		Path config = directory.resolve("mosquitto.conf");
		Files.write(config, lines);
		return config;
	}

	@Override
	protected List<String> command(Path binary, Path config) {
		return List.of(binary.toString(), "-c", config.toString());
	}

	@Override
	protected boolean answers() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	protected String describe() {
		return uri() + ((this.certificates != null) ? ", " + tlsUri() : "");
	}

	private Path writePasswordFile(Path directory) throws IOException {
		Path file = directory.resolve("passwd");
		Files.deleteIfExists(file);
		Files.createFile(file);
		Path tool = Binaries.find("mosquitto_passwd", "mosquitto");
		for (Map.Entry<String, String> user : this.users.entrySet()) {
			Process process = new ProcessBuilder(tool.toString(), "-b", file.toString(), user.getKey(), user.getValue())
				.redirectErrorStream(true)
				.start();
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
					throw new IOException(
							"mosquitto_passwd failed: " + new String(process.getInputStream().readAllBytes()));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", ex);
			}
		}
		return file;
	}

	private void requireTls() {
		if (this.certificates == null) {
			throw new IllegalStateException("this broker has no TLS listener: build it with tls()");
		}
	}

	/** Options of a broker. */
	public static final class Builder {

		private final Map<String, String> users = new LinkedHashMap<>();

		private @Nullable String acl;

		private boolean tls;

		private final List<String> extraConfig = new ArrayList<>();

		private Builder() {
		}

		/** Requires authentication and adds a user. */
		public Builder user(String username, String password) {
			this.users.put(username, password);
			return this;
		}

		/** Sets the ACL file's content (mosquitto {@code acl_file} syntax). */
		public Builder acl(String aclFileContent) {
			this.acl = aclFileContent;
			return this;
		}

		/** Adds a TLS listener with freshly generated certificates. */
		public Builder tls() {
			this.tls = true;
			return this;
		}

		/** Adds a raw line to {@code mosquitto.conf}. */
		public Builder config(String line) {
			this.extraConfig.add(line);
			return this;
		}

		/** The broker, not yet started. */
		public MosquittoServer build() {
			return new MosquittoServer(this);
		}

	}

}
