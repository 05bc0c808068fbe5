package org.nordpark.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.nordpark.bridge.BridgeApplication;
import org.nordpark.ingest.IngestApplication;
import org.nordpark.testsupport.AppProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the real services as separate JVMs and reads their health and metrics. */
final class Services {

	/** Small heaps on purpose: a service that buffers without bound fails here. */
	static final List<String> JVM = List.of("-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Services() {
	}

	/** A bridge with the system test site as catalog. */
	static AppProcess bridge(String brokerUri, String clientId, Map<String, String> extra) {
		Map<String, String> props = new LinkedHashMap<>();
		props.put("nordpark.mqtt.broker-uri", brokerUri);
		props.put("nordpark.mqtt.client-id", clientId);
		props.put("nordpark.mqtt.reconnect-delay", "1s");
		props.put("nordpark.catalog.manifest", Uplinks.SITE.toString());
		props.put("spring.config.location", config("gateway-bridge"));
		props.put("logging.level.org.nordpark", "INFO");
		props.putAll(extra);
		return new AppProcess(BridgeApplication.class.getName(), props, JVM);
	}

	/** An ingest writing into the database, with short backoffs. */
	static AppProcess ingest(String brokerUri, String clientId, String influxUrl, String database,
			Map<String, String> extra) {
		Map<String, String> props = new LinkedHashMap<>();
		props.put("nordpark.mqtt.broker-uri", brokerUri);
		props.put("nordpark.mqtt.client-id", clientId);
		props.put("nordpark.mqtt.reconnect-delay", "1s");
		props.put("nordpark.mqtt.receive-maximum", "2000");
		props.put("spring.config.location", config("ingest"));
		props.put("nordpark.influx.url", influxUrl);
		props.put("nordpark.influx.database", database);
		props.put("nordpark.influx.max-in-flight", "2000");
		props.put("nordpark.influx.batch-size", "1000");
		props.put("nordpark.influx.batch-max-age", "200ms");
		props.put("nordpark.influx.timeout", "2s");
		props.put("nordpark.influx.retry-min-backoff", "100ms");
		props.put("nordpark.influx.retry-max-backoff", "1s");
		props.putAll(extra);
		return new AppProcess(IngestApplication.class.getName(), props, JVM);
	}

	/**
	 * The module's own {@code application.yml}: on the shared test class path every
	 * module's file has the same name, so each service is pointed at its own.
	 */
	static String config(String module) {
		return "file:"
				+ Path.of("..", module, "src", "main", "resources", "application.yml").toAbsolutePath().normalize();
	}

	static JsonNode json(AppProcess app, String path) {
		return JSON.readTree(app.get(path));
	}

	/** A metric's first measurement, or 0 when the metric does not exist yet. */
	static double metric(AppProcess app, String nameAndTags) {
		JsonNode value = json(app, "/actuator/metrics/" + nameAndTags).at("/measurements/0/value");
		return value.isMissingNode() ? 0 : value.asDouble();
	}

	/** Heap in use, bytes. */
	static long heapUsed(AppProcess app) {
		return (long) metric(app, "jvm.memory.used?tag=area:heap");
	}

	/** Waits until the service's MQTT health is UP (connected and subscribed). */
	static void awaitMqttUp(AppProcess app) {
		await(() -> "UP".equals(json(app, "/actuator/health").at("/components/mqtt/status").asString("")),
				Duration.ofSeconds(60), () -> "MQTT of " + app.port() + " UP\n" + app.logTail());
	}

	static void await(BooleanSupplier condition, Duration limit, java.util.function.Supplier<String> what) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!safely(condition)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for " + what.get());
			}
			sleep(100);
		}
	}

	private static boolean safely(BooleanSupplier condition) {
		try {
			return condition.getAsBoolean();
		}
		catch (RuntimeException ex) {
			return false;
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
