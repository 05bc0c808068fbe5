package org.nordpark.ingest.mqtt;

import java.time.Instant;
import java.util.List;

import javax.net.SocketFactory;

import org.jspecify.annotations.Nullable;
import org.nordpark.ingest.influx.BatchWriter;
import org.nordpark.ingest.point.MappedReading;
import org.nordpark.ingest.point.ReadingPointMapper;
import org.nordpark.ingest.point.UnmappableReadingException;
import org.nordpark.ingest.system.IngestMetrics;
import org.nordpark.ingest.system.IngestMetrics.DeadLetterReason;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.InvalidMessageException;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.Topics;
import org.nordpark.mqtt.Delivery;
import org.nordpark.mqtt.MqttConsumer;
import org.nordpark.mqtt.MqttPublisher;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.mqtt.MqttSockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;

/**
 * Consumes the batches of normalized readings ({@code nordpark/v1/batches/readings}, one
 * reading per line) with persistent sessions, hands each reading's points to the
 * {@link BatchWriter} and acknowledges a batch on the connection it came on once every
 * reading in it is written or its dead letter (published on a connection of its own) is
 * acknowledged by the broker; a bad line is dead-lettered alone. A connection loss drops
 * nothing: readings in hand are still written (writes are idempotent; after a broker
 * crash nobody may deliver them again), only their acknowledgement is skipped. Stopping
 * stops taking messages, waits for pending writes, then disconnects.
 */
final class ReadingSubscriber implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReadingSubscriber.class);

	/** The stage name in dead letters and their topic. */
	static final String STAGE = "ingest";

	private final MqttSettings settings;

	private final BatchWriter writer;

	private final IngestMetrics metrics;

	private final ReadingPointMapper mapper = new ReadingPointMapper();

	private final MqttConsumer consumer;

	private final MqttPublisher deadLetters;

	private final String deadLetterTopic;

	private volatile boolean running;

	ReadingSubscriber(MqttSettings settings, IngestTopics topics, SslBundles sslBundles, BatchWriter writer,
			IngestMetrics metrics) {
		this.settings = settings;
		this.writer = writer;
		this.metrics = metrics;
		SocketFactory sockets = MqttSockets.forBroker(settings, sslBundles);
		this.deadLetterTopic = topics.prefix() + Topics.deadLetter(STAGE);
		this.deadLetters = new MqttPublisher(settings, settings.clientId() + "-pub", sockets);
		this.consumer = new MqttConsumer(settings, topics.prefix() + Topics.READING_BATCHES, true, sockets,
				this::handle);
	}

	@Override
	public synchronized void start() {
		this.deadLetters.start();
		this.consumer.start();
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		long timeout = this.settings.shutdownTimeout().toMillis();
		this.consumer.stopTaking();
		try {
			if (!this.writer.flush(this.settings.shutdownTimeout())) {
				log.warn(
						"stopping with readings not yet written, the broker will deliver them again [in flight: {}, "
								+ "nordpark.mqtt.shutdown-timeout: {}]",
						this.writer.inFlight(), this.settings.shutdownTimeout());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.consumer.stop(timeout);
		this.deadLetters.stop(5000);
		this.running = false;
		log.info("disconnected from {} [client id: {}]", this.settings.brokerUri(), this.settings.clientId());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return BatchWriter.PHASE + 1000;
	}

	MqttConsumer consumer() {
		return this.consumer;
	}

	MqttPublisher deadLetters() {
		return this.deadLetters;
	}

	/** On the callback thread of the connection; blocks while the writer is full. */
	private void handle(Delivery delivery) throws InterruptedException {
		List<byte[]> lines = ReadingBatch.lines(delivery.payload());
		if (lines.isEmpty()) {
			deadLetter(delivery, delivery.payload(), "empty batch: no reading in the message", DeadLetterReason.INVALID,
					null);
			return;
		}
		InFlightBatch batch = new InFlightBatch(delivery, lines.size());
		for (byte[] line : lines) {
			handle(batch, line);
		}
	}

	private void handle(InFlightBatch batch, byte[] line) throws InterruptedException {
		this.metrics.received();
		Delivery delivery = batch.delivery();
		Reading reading;
		try {
			reading = ModelJson.readReading(line);
		}
		catch (InvalidMessageException ex) {
			deadLetter(delivery, line, ex.getMessage(), DeadLetterReason.INVALID, batch);
			return;
		}
		log.debug("reading received [uplinkId: {}]", reading.uplinkId());
		MappedReading mapped;
		try {
			mapped = this.mapper.map(reading);
		}
		catch (UnmappableReadingException ex) {
			deadLetter(delivery, line, "reading " + reading.uplinkId() + ": " + ex.getMessage(),
					DeadLetterReason.UNMAPPABLE, batch);
			return;
		}
		catch (RuntimeException ex) {
			log.error("unexpected failure mapping a reading [topic: {}]", delivery.topic(), ex);
			deadLetter(delivery, line, "ingest failed: " + ex, DeadLetterReason.INVALID, batch);
			return;
		}
		if (mapped.isEmpty()) {
			batch.settled();
			return;
		}
		this.writer.submit(new InFlightReading(this, batch, line, mapped.lines(), mapped.time()));
	}

	/**
	 * Publishes a dead letter for {@code payload} (one reading of a batch, or the whole
	 * message when {@code batch} is null); once the broker has it that reading counts as
	 * settled (the message is acknowledged), else (refused) the message is left for the
	 * broker to deliver again.
	 */
	void deadLetter(Delivery delivery, byte[] payload, String reason, DeadLetterReason kind,
			@Nullable InFlightBatch batch) {
		log.warn("dead-lettered reading [topic: {}, reason: {}]", delivery.topic(), reason);
		byte[] letter = ModelJson.write(DeadLetter.of(STAGE, reason, delivery.topic(), Instant.now(), payload));
		try {
			this.deadLetters.publish(this.deadLetterTopic, letter, 1, false).whenComplete((result, failure) -> {
				if (failure == null) {
					this.metrics.deadLettered(kind);
					if (batch != null) {
						batch.settled();
					}
					else {
						delivery.acknowledge();
					}
				}
				else {
					log.warn("dead letter refused, the reading comes again [topic: {}, reason: {}]",
							this.deadLetterTopic, failure.getMessage());
					release(delivery, batch);
				}
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			release(delivery, batch);
		}
	}

	private static void release(Delivery delivery, @Nullable InFlightBatch batch) {
		if (batch != null) {
			batch.dropped();
		}
		else {
			delivery.release();
		}
	}

}
