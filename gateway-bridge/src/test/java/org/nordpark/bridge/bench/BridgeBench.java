package org.nordpark.bridge.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.nordpark.bridge.BridgeApplication;
import org.nordpark.bridge.BridgeBenchSupport;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.decoder.CodecObjectDecoder;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.nordpark.bridge.uplink.Outcome;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures (1) handling one uplink on one thread: parse (JSON or protobuf), decode, build
 * the reading, write its JSON; (2) end to end through a real mosquitto: ChirpStack
 * uplinks in, readings out, the bridge running in this JVM with its defaults. Not a test:
 * run by hand, see {@code bench/gateway-bridge/README.md}.
 */
public final class BridgeBench {

	private BridgeBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		Path manifest = Path.of("src/test/resources/site/bridge-site.yaml");
		SensorCatalog catalog = SensorCatalog.of("manifest",
				SiteManifest.load(manifest).sensors().stream().map((s) -> s.toCatalogEntry(Instant.now())).toList());
		EventHandler handler = new EventHandler(catalog, DeviceDecoders.standard(), new CodecObjectDecoder(Map.of()),
				new BridgeMetrics(new SimpleMeterRegistry()));
		for (boolean json : new boolean[] { true, false }) {
			List<byte[]> uplinks = BridgeBenchSupport.uplinks(count, json);
			for (int round = 1; round <= rounds; round++) {
				long start = System.nanoTime();
				long bytes = 0;
				for (byte[] uplink : uplinks) {
					Outcome outcome = handler.handle(BridgeBenchSupport.TOPIC, uplink, Instant.now());
					bytes += ModelJson.write(((Outcome.Publish) outcome).reading()).length;
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("handle %s round %d: %,.0f uplinks/s (%d bytes out)%n", json ? "json" : "protobuf",
						round, count / seconds, bytes);
			}
		}
		endToEnd(Math.min(count, 20_000), manifest);
	}

	/** Publishes, retrying while Paho's in-flight window is full. */
	private static void publish(MqttRecorder client, String topic, byte[] payload) {
		while (true) {
			try {
				client.publish(topic, payload);
				return;
			}
			catch (IllegalStateException ex) {
				if (!String.valueOf(ex.getMessage()).contains("Too many publishes")) {
					throw ex;
				}
				Thread.onSpinWait();
			}
		}
	}

	private static void endToEnd(int count, Path manifest) {
		try (MosquittoServer broker = MosquittoServer.startAnonymous()) {
			ConfigurableApplicationContext bridge = SpringApplication.run(BridgeApplication.class, "--server.port=0",
					"--nordpark.mqtt.broker-uri=" + broker.uri(), "--nordpark.catalog.manifest=" + manifest,
					"--logging.level.root=WARN");
			try (MqttRecorder out = MqttRecorder.connect(broker.uri());
					MqttRecorder in = MqttRecorder.connect(broker.uri())) {
				out.subscribe(Topics.READING_BATCHES).subscribe(Topics.SENSORS_ALL);
				// the catalog is published once the bridge has subscribed
				out.awaitCount(9, (m) -> m.topic().startsWith("nordpark/v1/sensors/"));
				List<byte[]> uplinks = BridgeBenchSupport.uplinks(count, true);
				long start = System.nanoTime();
				for (byte[] uplink : uplinks) {
					publish(in, "application/" + UUID.randomUUID() + "/device/70b3d5e75e00a001/event/up", uplink);
				}
				out.awaitLines(Topics.READING_BATCHES, count, (line) -> true);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("end to end (mosquitto, QoS 1, one publisher waiting for each PUBACK): %,.0f "
						+ "uplinks/s over %d uplinks%n", count / seconds, count);
			}
			finally {
				bridge.close();
			}
		}
	}

}
