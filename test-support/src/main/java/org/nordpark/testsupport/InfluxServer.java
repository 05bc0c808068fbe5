package org.nordpark.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real {@code influxd} (InfluxDB 1.x) on 127.0.0.1 with its data in a temporary
 * directory, optionally with authentication on (an admin user is created at first start).
 * Small helpers let tests create databases, write line protocol, query and count.
 */
public final class InfluxServer extends ServerProcess {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final int port;

	private final int rpcPort;

	private final @Nullable String adminUser;

	private final @Nullable String adminPassword;

	private boolean adminCreated;

	private InfluxServer(@Nullable String adminUser, @Nullable String adminPassword) {
		super("influxd", Binaries.find("influxd", "influxdb"));
		this.port = FreePorts.next();
		this.rpcPort = FreePorts.next();
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
	}

	/** Starts a server without authentication. */
	public static InfluxServer startOpen() {
		InfluxServer server = new InfluxServer(null, null);
		server.start();
		return server;
	}

	/** Starts a server with authentication on and the given admin user. */
	public static InfluxServer startWithAuth(String adminUser, String adminPassword) {
		InfluxServer server = new InfluxServer(adminUser, adminPassword);
		server.start();
		return server;
	}

	/** A server without authentication, not yet started. */
	public static InfluxServer open() {
		return new InfluxServer(null, null);
	}

	/** The HTTP port. */
	public int port() {
		return this.port;
	}

	/** The HTTP API URL, e.g. {@code http://127.0.0.1:41875}. */
	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	@Override
	public synchronized void start() {
		super.start();
		if (this.adminUser != null && !this.adminCreated) {
			// with auth on and no users yet, InfluxDB 1.x accepts exactly this
			// unauthenticated query
			post("/query", "q=" + encode("CREATE USER \"" + this.adminUser + "\" WITH PASSWORD '" + this.adminPassword
					+ "' WITH ALL PRIVILEGES"));
			this.adminCreated = true;
		}
	}

	/** Creates a database no other test in this JVM uses and returns its name. */
	public String newDatabase() {
		String name = UniqueNames.next("db");
		createDatabase(name);
		return name;
	}

	/** Creates a database (idempotent). */
	public void createDatabase(String name) {
		execute("CREATE DATABASE \"" + name + "\"");
	}

	/**
	 * Runs a statement as admin (e.g. {@code CREATE USER}) and returns the JSON answer.
	 */
	public JsonNode execute(String statement) {
		return post("/query", "q=" + encode(statement));
	}

	/** Writes line protocol (nanosecond precision) into a database. */
	public void write(String database, String lineProtocol) {
		HttpRequest request = authorized(
				HttpRequest.newBuilder(URI.create(url() + "/write?db=" + encode(database) + "&precision=ns"))
					.POST(HttpRequest.BodyPublishers.ofString(lineProtocol)))
			.build();
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 204) {
			throw new IllegalStateException("write failed: " + response.statusCode() + " " + response.body());
		}
	}

	/** Runs a query in a database and returns InfluxDB's JSON answer. */
	public JsonNode query(String database, String query) {
		return post("/query", "db=" + encode(database) + "&q=" + encode(query));
	}

	/**
	 * The rows of the first series of a query, each row the list of column values, or an
	 * empty list when there is no series.
	 */
	public List<JsonNode> rows(String database, String query) {
		JsonNode series = query(database, query).path("results").path(0).path("series").path(0);
		List<JsonNode> rows = new ArrayList<>();
		series.path("values").forEach(rows::add);
		return rows;
	}

	/**
	 * The number of points in a measurement (all series, all fields counted once per
	 * point).
	 */
	public long countPoints(String database, String measurement) {
		return rows(database, "SELECT count(*) FROM \"" + measurement + "\"").stream().findFirst().map((row) -> {
			long max = 0;
			for (int i = 1; i < row.size(); i++) {
				max = Math.max(max, row.get(i).asLong(0));
			}
			return max;
		}).orElse(0L);
	}

	@Override
	protected Path writeConfig(Path directory) throws IOException {
		String config = """
				reporting-disabled = true
				bind-address = "127.0.0.1:%d"

				[meta]
				  dir = "%s/meta"

				[data]
				  dir = "%s/data"
				  wal-dir = "%s/wal"
				  query-log-enabled = false
				  index-version = "inmem"

				[monitor]
				  store-enabled = false

				[http]
				  enabled = true
				  bind-address = "127.0.0.1:%d"
				  auth-enabled = %s
				  log-enabled = false

				[continuous_queries]
				  enabled = true
				  log-enabled = false
				""".formatted(this.rpcPort, directory, directory, directory, this.port, this.adminUser != null);
		Path file = directory.resolve("influxdb.conf");
		Files.writeString(file, config);
		return file;
	}

	@Override
	protected List<String> command(Path binary, Path config) {
		return List.of(binary.toString(), "-config", config.toString());
	}

	@Override
	protected boolean answers() {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/ping"))
				.timeout(Duration.ofSeconds(1))
				.GET()
				.build();
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	protected String describe() {
		return url();
	}

	private JsonNode post(String path, String form) {
		HttpRequest request = authorized(HttpRequest.newBuilder(URI.create(url() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))).build();
		HttpResponse<String> response = send(request);
		JsonNode body = JSON.readTree(response.body());
		String error = body.path("error").asString(null);
		if (error == null) {
			error = body.path("results").path(0).path("error").asString(null);
		}
		if (response.statusCode() >= 300 || error != null) {
			throw new IllegalStateException("InfluxDB answered " + response.statusCode() + ": " + response.body());
		}
		return body;
	}

	private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
		builder.timeout(REQUEST_TIMEOUT);
		if (this.adminUser != null && this.adminCreated) {
			String credentials = this.adminUser + ":" + this.adminPassword;
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("InfluxDB at " + url() + " did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
