package org.nordpark.bridge.uplink;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.chirpstack.ChirpStackEvents;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Device;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.DeviceLog;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.DeviceStatus;
import org.nordpark.bridge.chirpstack.EventType;
import org.nordpark.bridge.chirpstack.MalformedEventException;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;
import org.nordpark.bridge.decoder.CodecObjectDecoder;
import org.nordpark.bridge.decoder.DecodingException;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.DevEui;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one ChirpStack event into its {@link Outcome}: {@code up} into a reading of the
 * sensor's kind, {@code status} into a {@code device} reading, {@code join} into a
 * catalog note, {@code log} codec errors into a count; everything else is skipped. Bad
 * input becomes a {@link Outcome.Reject} with a precise reason. Thread-safe.
 */
public class EventHandler {

	private static final Logger log = LoggerFactory.getLogger(EventHandler.class);

	private final ChirpStackEvents events = new ChirpStackEvents();

	private final SensorCatalog catalog;

	private final DeviceDecoders decoders;

	private final CodecObjectDecoder codecObjects;

	private final BridgeMetrics metrics;

	public EventHandler(SensorCatalog catalog, DeviceDecoders decoders, CodecObjectDecoder codecObjects,
			BridgeMetrics metrics) {
		this.catalog = catalog;
		this.decoders = decoders;
		this.codecObjects = codecObjects;
		this.metrics = metrics;
	}

	/** Handles one MQTT message from ChirpStack's event topics. */
	public Outcome handle(String topic, byte[] payload, Instant receivedAt) {
		EventType type = EventType.fromTopic(topic);
		this.metrics.received(type.id());
		if (!type.isRead()) {
			return new Outcome.Skip(type.id());
		}
		long start = System.nanoTime();
		try {
			return switch (type) {
				case UP -> uplink(topic, this.events.uplink(payload), receivedAt);
				case STATUS -> status(topic, this.events.status(payload), receivedAt);
				case JOIN -> join(this.events.join(payload));
				case LOG -> log(this.events.log(payload));
				default -> new Outcome.Skip(type.id());
			};
		}
		catch (MalformedEventException ex) {
			return new Outcome.Reject(Outcome.Reject.MALFORMED_EVENT, ex.getMessage(), "");
		}
		finally {
			this.metrics.decoded(Duration.ofNanos(System.nanoTime() - start));
		}
	}

	private Outcome uplink(String topic, Uplink event, Instant receivedAt) {
		Device device = device(topic, event.device());
		String uplinkId = require(event.deduplicationId(), "deduplicationId");
		Instant time = (event.time() != null) ? event.time() : receivedAt;
		Lookup lookup = entry(device);
		CatalogEntry sensor = lookup.entry();
		if (sensor == null) {
			return lookup.reject(device.devEui());
		}
		List<Observation> observations;
		try {
			observations = observations(sensor, event);
		}
		catch (DecodingException ex) {
			return new Outcome.Reject(Outcome.Reject.DECODE_ERROR,
					"cannot decode " + sensor.model() + " fPort " + event.port() + ": " + ex.getMessage(),
					device.devEui());
		}
		return reading(uplinkId, sensor, sensor.kind(), time, observations, LinkQualities.of(event));
	}

	private List<Observation> observations(CatalogEntry sensor, Uplink event) {
		if (this.decoders.supports(sensor.model())) {
			return this.decoders.decode(sensor, event.port(), event.data().toByteArray());
		}
		boolean empty = event.port() == 0 || event.data().isEmpty();
		if (this.codecObjects.supports(sensor.model())) {
			return empty ? List.of() : this.codecObjects.decode(sensor, event.object());
		}
		if (empty) {
			return List.of();
		}
		throw new DecodingException("model '" + sensor.model()
				+ "' has neither a native decoder nor a codec mapping (nordpark.bridge.codec-mappings)");
	}

	private Outcome status(String topic, DeviceStatus event, Instant receivedAt) {
		Device device = device(topic, event.device());
		String uplinkId = require(event.deduplicationId(), "deduplicationId");
		Instant time = (event.time() != null) ? event.time() : receivedAt;
		Lookup lookup = entry(device);
		CatalogEntry sensor = lookup.entry();
		if (sensor == null) {
			return lookup.reject(device.devEui());
		}
		Map<String, Double> values = new LinkedHashMap<>();
		if (!event.externalPowerSource() && !event.batteryLevelUnavailable()) {
			values.put(InfluxSchema.BATTERY_PCT, (double) event.batteryLevel());
		}
		values.put(InfluxSchema.MARGIN_DB, (double) event.margin());
		return reading(uplinkId, sensor, SensorKind.DEVICE, time, List.of(Observation.of(values)), null);
	}

	private Outcome join(@Nullable Device device) {
		if (device != null) {
			log.info("device joined [devEui: {}, known: {}]", device.devEui(),
					DevEui.isSensorId(device.devEui()) && this.catalog.find(device.devEui()).isPresent());
			this.catalog.requestRefresh();
		}
		return new Outcome.Skip(EventType.JOIN.id());
	}

	private Outcome log(DeviceLog event) {
		if (event.codecError()) {
			this.metrics.codecError();
			log.debug("ChirpStack codec error [devEui: {}, description: {}]",
					(event.device() != null) ? event.device().devEui() : "", event.description());
		}
		return new Outcome.Skip(EventType.LOG.id());
	}

	private Outcome reading(String uplinkId, CatalogEntry sensor, SensorKind kind, Instant time,
			List<Observation> observations, @Nullable LinkQuality link) {
		try {
			return new Outcome.Publish(new Reading(uplinkId, sensor.sensorId(), sensor.name(), sensor.model(), kind,
					sensor.zone(), time, observations, link));
		}
		catch (IllegalArgumentException ex) {
			return new Outcome.Reject(Outcome.Reject.INVALID_READING, "invalid reading: " + ex.getMessage(),
					sensor.sensorId());
		}
	}

	/** The catalog entry of a device, learned from the event's device info if allowed. */
	private Lookup entry(Device device) {
		Optional<CatalogEntry> known = this.catalog.find(device.devEui());
		if (known.isPresent()) {
			return new Lookup(known.get(), "");
		}
		this.catalog.requestRefresh();
		String reason = "unknown device " + device.devEui() + ": not in the catalog";
		try {
			Optional<CatalogEntry> learned = this.catalog.learn(device.devEui(), device.name(), device.profileName(),
					device.tags());
			return new Lookup(learned.orElse(null), reason);
		}
		catch (IllegalArgumentException ex) {
			return new Lookup(null, reason + " and " + ex.getMessage());
		}
	}

	private record Lookup(@Nullable CatalogEntry entry, String reason) {

		Outcome reject(String sensorId) {
			return new Outcome.Reject(Outcome.Reject.UNKNOWN_DEVICE, this.reason, sensorId);
		}

	}

	/** The device with its DevEUI in canonical form, which must match the topic's. */
	private static Device device(String topic, @Nullable Device device) {
		if (device == null) {
			throw new MalformedEventException("event has no deviceInfo");
		}
		if (device.devEui().isEmpty()) {
			throw new MalformedEventException("event has no deviceInfo.devEui");
		}
		String devEui;
		try {
			devEui = DevEui.of(device.devEui()).value();
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("deviceInfo.devEui '" + device.devEui() + "' is not a DevEUI");
		}
		String[] levels = topic.split("/");
		for (int i = 0; i + 1 < levels.length; i++) {
			if (levels[i].equals("device") && DevEui.isSensorId(levels[i + 1]) && !levels[i + 1].equals(devEui)) {
				throw new MalformedEventException(
						"topic DevEUI " + levels[i + 1] + " does not match deviceInfo.devEui " + devEui);
			}
		}
		return new Device(devEui, device.name(), device.profileName(), device.tags());
	}

	private static String require(String value, String field) {
		if (value.isBlank()) {
			throw new MalformedEventException("event has no " + field);
		}
		return value;
	}

}
