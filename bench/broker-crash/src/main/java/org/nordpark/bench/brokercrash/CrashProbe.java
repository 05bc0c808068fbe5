package org.nordpark.bench.brokercrash;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * What a broker keeps of QoS 1 messages it acknowledged when it is killed with SIGKILL,
 * and how fast it acknowledges them. Two persistent sessions (one plain, one shared
 * subscription, as ingest has) are created and saved by a graceful restart; then
 * {@code --messages} QoS 1 messages are published, the broker is killed right after the
 * last PUBACK (or, with {@code --kill-after}, after that many PUBACKs while publishing
 * goes on), started again, and both sessions collect what the broker still has.
 * <p>
 * Options: {@code --broker=mosquitto|hivemq}, {@code --messages=20000},
 * {@code --payload=700} (bytes, about a reading), {@code --online} (the plain subscriber
 * stays connected while publishing), {@code --mosquitto="autosave_interval 1;..."} (lines
 * added to the shipped settings), {@code --kill-after=N}.
 */
public final class CrashProbe {

	private static final String TOPIC = "probe/readings";

	private CrashProbe() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		String kind = options.getOrDefault("broker", "mosquitto");
		int messages = Integer.parseInt(options.getOrDefault("messages", "20000"));
		int payloadSize = Integer.parseInt(options.getOrDefault("payload", "700"));
		boolean online = Boolean.parseBoolean(options.getOrDefault("online", "false"));
		int killAfter = Integer.parseInt(options.getOrDefault("kill-after", String.valueOf(messages)));
		List<String> extra = new ArrayList<>();
		for (String line : options.getOrDefault("mosquitto", "").split(";")) {
			if (!line.isBlank()) {
				extra.add(line.strip());
			}
		}
		Path directory = Files.createTempDirectory("broker-crash-" + kind + "-");
		int port = freePort();
		Broker broker = kind.equals("hivemq") ? new HiveMq(directory, port) : new Mosquitto(directory, port, extra);
		String uri = "tcp://127.0.0.1:" + port;
		try {
			broker.start();
			Subscriber plain = new Subscriber(uri, "probe-plain", TOPIC);
			Subscriber shared = new Subscriber(uri, "probe-shared", "$share/probe/" + TOPIC);
			plain.connect();
			shared.connect();
			plain.leave();
			shared.leave();
			broker.stop();
			broker.start();
			if (online) {
				plain.connect();
			}
			Publisher publisher = new Publisher(uri);
			long start = System.nanoTime();
			int acknowledged = publisher.publish(messages, payloadSize, killAfter);
			double seconds = (System.nanoTime() - start) / 1e9;
			int beforeKill = plain.count();
			broker.kill();
			publisher.close();
			plain.leave();
			broker.start();
			plain.connect();
			shared.connect();
			plain.awaitQuiet();
			shared.awaitQuiet();
			int keptPlain = plain.count();
			int keptShared = shared.count();
			System.out.printf(
					"| %s | %s | %d | %.0f/s (window %d) | %d | %d (%d lost) | %d (%d lost) |%n",
					broker.describe(), online ? "online" : "offline session", acknowledged, acknowledged / seconds,
					publisher.window,
					beforeKill, keptPlain, acknowledged - keptPlain, keptShared, acknowledged - keptShared);
			plain.close();
			shared.close();
		}
		finally {
			broker.kill();
			try (var paths = Files.walk(directory)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitPort(int port, Process process) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("broker exited: " + process.exitValue());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("broker did not answer within 60 s");
	}

	/** A broker process that can be stopped gracefully or killed. */
	private abstract static class Broker {

		protected final Path directory;

		protected final int port;

		private Process process;

		Broker(Path directory, int port) {
			this.directory = directory;
			this.port = port;
		}

		abstract List<String> command() throws IOException;

		abstract String describe();

		void start() throws Exception {
			this.process = new ProcessBuilder(command()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("broker.log").toFile()))
				.start();
			awaitPort(this.port, this.process);
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("broker did not stop within 60 s");
			}
		}

		void kill() throws InterruptedException {
			if (this.process != null && this.process.isAlive()) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}

	}

	private static final class Mosquitto extends Broker {

		private final List<String> extra;

		Mosquitto(Path directory, int port, List<String> extra) {
			super(directory, port);
			this.extra = extra;
		}

		@Override
		List<String> command() throws IOException {
			List<String> lines = new ArrayList<>(List.of("user " + System.getProperty("user.name"),
					"listener " + this.port + " 127.0.0.1", "allow_anonymous true", "persistence true",
					"persistence_location " + this.directory + "/", "autosave_interval 30", "max_queued_messages 0",
					"max_queued_bytes 0", "max_inflight_messages 1000", "set_tcp_nodelay true"));
			lines.addAll(this.extra);
			Path config = this.directory.resolve("mosquitto.conf");
			Files.write(config, lines);
			return List.of("/usr/sbin/mosquitto", "-c", config.toString());
		}

		@Override
		String describe() {
			return "mosquitto, shipped settings" + (this.extra.isEmpty() ? "" : " + " + String.join(", ", this.extra));
		}

	}

	private static final class HiveMq extends Broker {

		HiveMq(Path directory, int port) {
			super(directory, port);
		}

		@Override
		List<String> command() {
			return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
					System.getProperty("java.class.path"), HiveMqMain.class.getName(),
					this.directory.resolve("data").toString(), this.directory.resolve("conf").toString(),
					String.valueOf(this.port));
		}

		@Override
		String describe() {
			return "HiveMQ CE embedded, file persistence";
		}

	}

	/** A persistent session that counts the distinct messages it got. */
	private static final class Subscriber implements MqttCallback {

		private final String uri;

		private final String clientId;

		private final String filter;

		private final Set<Long> received = ConcurrentHashMap.newKeySet();

		private final AtomicLong lastArrival = new AtomicLong(System.nanoTime());

		private MqttAsyncClient client;

		Subscriber(String uri, String clientId, String filter) {
			this.uri = uri;
			this.clientId = clientId;
			this.filter = filter;
		}

		void connect() throws MqttException {
			this.client = new MqttAsyncClient(this.uri, this.clientId, new MemoryPersistence());
			this.client.setCallback(this);
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(false);
			options.setSessionExpiryInterval(3600L);
			options.setReceiveMaximum(1000);
			this.client.connect(options).waitForCompletion(30_000);
			this.client
				.subscribe(new MqttSubscription[] { new MqttSubscription(this.filter, 1) }, null, null,
						new MqttProperties())
				.waitForCompletion(30_000);
		}

		void leave() throws MqttException {
			try {
				if (this.client.isConnected()) {
					this.client.disconnect().waitForCompletion(10_000);
				}
			}
			catch (MqttException ex) {
				// the broker is gone
				this.client.disconnectForcibly(0, 100, false);
			}
			this.client.close(true);
		}

		void close() throws MqttException {
			leave();
		}

		int count() {
			return this.received.size();
		}

		void awaitQuiet() throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			this.lastArrival.set(System.nanoTime());
			while (System.nanoTime() < deadline
					&& System.nanoTime() - this.lastArrival.get() < TimeUnit.SECONDS.toNanos(5)) {
				Thread.sleep(200);
			}
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			this.received.add(ByteBuffer.wrap(message.getPayload()).getLong());
			this.lastArrival.set(System.nanoTime());
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
		}

		@Override
		public void mqttErrorOccurred(MqttException exception) {
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void connectComplete(boolean reconnect, String serverURI) {
		}

		@Override
		public void authPacketArrived(int reasonCode, MqttProperties properties) {
		}

	}

	/** Publishes QoS 1 with as many in flight as the broker's receive maximum allows. */
	private static final class Publisher {

		private final MqttAsyncClient client;

		private final int window;

		Publisher(String uri) throws MqttException {
			this.client = new MqttAsyncClient(uri, "probe-publisher", new MemoryPersistence());
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(true);
			IMqttToken token = this.client.connect(options);
			token.waitForCompletion(30_000);
			Integer receiveMaximum = token.getResponseProperties().getReceiveMaximum();
			this.window = Math.min(1000, (receiveMaximum != null) ? receiveMaximum : 65535);
		}

		/** @return messages acknowledged (all of them, or at least killAfter) */
		int publish(int messages, int payloadSize, int killAfter) throws Exception {
			Semaphore permits = new Semaphore(this.window);
			AtomicInteger acknowledged = new AtomicInteger();
			AtomicInteger failed = new AtomicInteger();
			for (long i = 0; i < messages && acknowledged.get() < killAfter; i++) {
				permits.acquire();
				byte[] payload = new byte[payloadSize];
				ByteBuffer.wrap(payload).putLong(i);
				this.client.publish(TOPIC, new MqttMessage(payload, 1, false, null), null, new MqttActionListener() {

					@Override
					public void onSuccess(IMqttToken token) {
						acknowledged.incrementAndGet();
						permits.release();
					}

					@Override
					public void onFailure(IMqttToken token, Throwable ex) {
						failed.incrementAndGet();
						permits.release();
					}

				});
			}
			while (acknowledged.get() + failed.get() < messages && acknowledged.get() < killAfter) {
				Thread.sleep(1);
			}
			if (failed.get() > 0) {
				throw new IllegalStateException(failed.get() + " publishes failed");
			}
			return acknowledged.get();
		}

		void close() {
			try {
				this.client.disconnectForcibly(0, 100, false);
			}
			catch (MqttException ex) {
				// the broker is gone
			}
			try {
				this.client.close(true);
			}
			catch (MqttException ex) {
				// the broker is gone
			}
		}

	}

}
