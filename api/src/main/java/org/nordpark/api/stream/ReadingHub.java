package org.nordpark.api.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.nordpark.api.mqtt.MqttMessageHandler;
import org.nordpark.api.system.problem.ApiProblemException;
import org.nordpark.api.system.problem.ProblemType;
import org.nordpark.model.InvalidMessageException;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans readings from {@code nordpark/v1/batches/readings} out to the live-stream clients.
 * The MQTT thread only parses and offers to bounded per-client buffers; each client has
 * its own sender.
 * <p>
 * Stops before the web server: a graceful shutdown waits for requests in progress, and a
 * live stream stays in progress until its timeout, so open streams would hold every
 * shutdown for {@code spring.lifecycle.timeout-per-shutdown-phase} and then be cut. The
 * hub ends them first; browsers reconnect after the stream's {@code retry} time.
 */
@Component
class ReadingHub implements MqttMessageHandler, SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReadingHub.class);

	private final List<StreamClient> clients = new CopyOnWriteArrayList<>();

	private final StreamProperties properties;

	private final ExecutorService senders;

	private final Counter dropped;

	private final Counter invalid;

	private final Counter delivered;

	private volatile boolean running;

	ReadingHub(StreamProperties properties, MeterRegistry meters) {
		this.properties = properties;
		AtomicInteger n = new AtomicInteger();
		this.senders = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(null, runnable, "sse-" + n.incrementAndGet(), 256 * 1024);
			thread.setDaemon(true);
			return thread;
		});
		Gauge.builder("nordpark.api.stream.clients", this.clients, List::size)
			.description("Connected live-stream clients")
			.register(meters);
		this.dropped = Counter.builder("nordpark.api.stream.dropped")
			.description("Readings dropped because a client's buffer was full")
			.register(meters);
		this.invalid = Counter.builder("nordpark.api.stream.invalid")
			.description("Messages on the readings topic that are not valid readings")
			.register(meters);
		this.delivered = Counter.builder("nordpark.api.stream.readings")
			.description("Readings received from MQTT")
			.register(meters);
	}

	@Override
	public String filter() {
		return Topics.READING_BATCHES;
	}

	@Override
	public void handle(String topic, byte[] payload, boolean retained) {
		for (byte[] line : ReadingBatch.lines(payload)) {
			handle(topic, line);
		}
	}

	private void handle(String topic, byte[] line) {
		Reading reading;
		try {
			reading = ModelJson.readReading(line);
		}
		catch (InvalidMessageException ex) {
			this.invalid.increment();
			log.debug("ignored invalid reading [topic: {}, reason: {}]", topic, ex.getMessage());
			return;
		}
		this.delivered.increment();
		StreamClient.Event event = null;
		for (StreamClient client : this.clients) {
			if (client.isClosed() || !client.filter().matches(reading)) {
				continue;
			}
			if (event == null) {
				event = new StreamClient.Event(reading.uplinkId(),
						new String(ModelJson.write(reading), StandardCharsets.UTF_8));
			}
			if (client.offer(event)) {
				this.dropped.increment();
			}
		}
	}

	/** Opens a stream for a client. */
	SseEmitter open(StreamFilter filter) {
		this.clients.removeIf(StreamClient::isClosed);
		if (this.clients.size() >= this.properties.maxClients()) {
			throw new ApiProblemException(ProblemType.TOO_MANY_CLIENTS, "the live stream serves at most "
					+ this.properties.maxClients() + " clients (nordpark.api.stream.max-clients); retry later", null);
		}
		SseEmitter emitter = new SseEmitter(this.properties.timeout().toMillis());
		StreamClient client = new StreamClient(emitter, filter, this.properties.bufferSize());
		emitter.onCompletion(() -> remove(client));
		emitter.onTimeout(() -> remove(client));
		emitter.onError((ex) -> remove(client));
		this.clients.add(client);
		try {
			emitter.send(SseEmitter.event().reconnectTime(this.properties.retry().toMillis()).comment("connected"));
		}
		catch (java.io.IOException ex) {
			remove(client);
			emitter.completeWithError(ex);
			return emitter;
		}
		if (!this.running) {
			// shutting down: the client comes back after the retry time, to this or
			// another instance
			remove(client);
			emitter.complete();
			return emitter;
		}
		this.senders.execute(() -> client.run(this.properties.heartbeat().toMillis()));
		log.debug("live stream opened [filter: {}, clients: {}]", filter, this.clients.size());
		return emitter;
	}

	int clientCount() {
		return (int) this.clients.stream().filter((c) -> !c.isClosed()).count();
	}

	private void remove(StreamClient client) {
		client.close();
		this.clients.remove(client);
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Ends every open stream; each sender completes its response and exits. */
	@Override
	public void stop() {
		this.running = false;
		int open = clientCount();
		this.clients.forEach(StreamClient::close);
		this.clients.clear();
		if (open > 0) {
			log.info("live streams ended for shutdown; browsers reconnect after the retry time [clients: {}]", open);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void destroy() {
		stop();
		this.senders.shutdownNow();
	}

}
