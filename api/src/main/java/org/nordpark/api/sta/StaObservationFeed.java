package org.nordpark.api.sta;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.nordpark.api.mqtt.MqttMessageHandler;
import org.nordpark.api.sta.mqtt.StaMessagePublisher;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InvalidMessageException;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Turns each reading the api receives into SensorThings Observations, one per measured
 * value, and publishes each on {@code v1.1/Datastreams(id)/Observations} (the MQTT
 * receiving extension). The MQTT thread only parses; the mapping runs on one worker with
 * a bounded queue (readings beyond it are dropped and counted).
 */
@Component
@ConditionalOnProperty(name = "nordpark.sta.mqtt-enabled", havingValue = "true", matchIfMissing = true)
class StaObservationFeed implements MqttMessageHandler, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StaObservationFeed.class);

	private static final int QUEUE = 10_000;

	private final StaModelSource models;

	private final StaMessagePublisher publisher;

	private final String prefix;

	private final ThreadPoolExecutor worker;

	private final Counter dropped;

	StaObservationFeed(StaModelSource models, StaMessagePublisher publisher, StaProperties properties,
			MeterRegistry meters) {
		this.models = models;
		this.publisher = publisher;
		this.prefix = properties.mqttTopicPrefix();
		this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
				(runnable) -> {
					Thread thread = new Thread(runnable, "sta-mqtt");
					thread.setDaemon(true);
					return thread;
				});
		this.dropped = Counter.builder("nordpark.api.sta.mqtt.queue-full")
			.description("Readings not published as SensorThings Observations because the queue was full")
			.register(meters);
	}

	@Override
	public String filter() {
		return Topics.READING_BATCHES;
	}

	@Override
	public void handle(String topic, byte[] payload, boolean retained) {
		for (byte[] line : ReadingBatch.lines(payload)) {
			handle(line);
		}
	}

	private void handle(byte[] line) {
		Reading reading;
		try {
			reading = ModelJson.readReading(line);
		}
		catch (InvalidMessageException ex) {
			return;
		}
		try {
			this.worker.execute(() -> publish(reading));
		}
		catch (RejectedExecutionException ex) {
			this.dropped.increment();
		}
	}

	private void publish(Reading reading) {
		StaModel model;
		try {
			model = this.models.model();
		}
		catch (RuntimeException ex) {
			log.debug("SensorThings observations not published, the model is unavailable [reason: {}]",
					ex.getMessage());
			return;
		}
		for (Observation observation : reading.observations()) {
			observation.values().forEach((field, value) -> {
				Optional<Measurement> measurement = InfluxSchema.forField(reading.kind(), field);
				if (measurement.isEmpty()) {
					return;
				}
				Map<String, String> dims = new TreeMap<>();
				for (String tag : StaModelSource.identityTags(measurement.get())) {
					String dim = observation.dims().get(tag);
					if (dim != null) {
						dims.put(tag, dim);
					}
				}
				long datastream = datastreamId(model, reading.sensorId(), measurement.get(), field, dims);
				DatastreamSource source = model.datastream(datastream).orElse(null);
				boolean integer = measurement.get()
					.fieldType(field)
					.orElse(InfluxSchema.FieldType.FLOAT) == InfluxSchema.FieldType.INTEGER;
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("@iot.id", StaIds.observation(datastream, reading.time()));
				json.put("phenomenonTime", StaJson.time(reading.time()));
				json.put("resultTime", StaJson.time(reading.time()));
				json.put("result", (integer && value == Math.rint(value)) ? (Object) value.longValue() : value);
				if (source != null) {
					json.put("FeatureOfInterest@iot.id", source.featureId());
				}
				this.publisher.publish(this.prefix + "v1.1/Datastreams(" + datastream + ")/Observations",
						StaJson.MAPPER.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
			});
		}
	}

	/**
	 * The id of the Datastream of a value: the model's when it knows the series (it
	 * resolves id collisions), else the hash of its key (a series seen for the first
	 * time).
	 */
	private static long datastreamId(StaModel model, String sensorId, Measurement measurement, String field,
			Map<String, String> dims) {
		String key = DatastreamSource.key(sensorId, measurement.name(), field, dims);
		Long known = model.datastreamIds().get(key);
		return (known != null) ? known : StaIds.of(EntityType.DATASTREAM, key);
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
