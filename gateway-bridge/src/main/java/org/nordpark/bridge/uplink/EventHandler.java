package org.nordpark.bridge.uplink;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.Timestamp;
import io.chirpstack.api.gw.UplinkRxInfo;
import io.chirpstack.api.integration.DeviceInfo;
import io.chirpstack.api.integration.JoinEvent;
import io.chirpstack.api.integration.LogCode;
import io.chirpstack.api.integration.LogEvent;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.UplinkEvent;
import org.jspecify.annotations.Nullable;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.chirpstack.ChirpStackEvent;
import org.nordpark.bridge.chirpstack.ChirpStackEvents;
import org.nordpark.bridge.chirpstack.EventType;
import org.nordpark.bridge.chirpstack.MalformedEventException;
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
		if (type == EventType.OTHER || type == EventType.ACK || type == EventType.TXACK || type == EventType.LOCATION) {
			return new Outcome.Skip(type.id());
		}
		long start = System.nanoTime();
		try {
			ChirpStackEvent event = this.events.parse(type, payload);
			return switch (type) {
				case UP -> uplink(topic, (UplinkEvent) event.message(), receivedAt);
				case STATUS -> status(topic, (StatusEvent) event.message(), receivedAt);
				case JOIN -> join((JoinEvent) event.message());
				case LOG -> log((LogEvent) event.message());
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

	private Outcome uplink(String topic, UplinkEvent event, Instant receivedAt) {
		String sensorId = sensorId(topic, event.getDeviceInfo(), event.hasDeviceInfo());
		String uplinkId = require(event.getDeduplicationId(), "deduplicationId");
		Instant time = time(event.hasTime() ? event.getTime() : null, event.getRxInfoList(), receivedAt);
		Lookup lookup = entry(sensorId, event.getDeviceInfo());
		CatalogEntry sensor = lookup.entry();
		if (sensor == null) {
			return lookup.reject(sensorId);
		}
		List<Observation> observations;
		try {
			observations = observations(sensor, event);
		}
		catch (DecodingException ex) {
			return new Outcome.Reject(Outcome.Reject.DECODE_ERROR,
					"cannot decode " + sensor.model() + " fPort " + event.getFPort() + ": " + ex.getMessage(),
					sensorId);
		}
		return reading(uplinkId, sensor, sensor.kind(), time, observations, LinkQualities.of(event));
	}

	private List<Observation> observations(CatalogEntry sensor, UplinkEvent event) {
		if (this.decoders.supports(sensor.model())) {
			return this.decoders.decode(sensor, event.getFPort(), event.getData().toByteArray());
		}
		if (this.codecObjects.supports(sensor.model())) {
			if (event.getFPort() == 0 || event.getData().isEmpty()) {
				return List.of();
			}
			return this.codecObjects.decode(sensor, event.hasObject() ? event.getObject() : null);
		}
		if (event.getFPort() == 0 || event.getData().isEmpty()) {
			return List.of();
		}
		throw new DecodingException("model '" + sensor.model()
				+ "' has neither a native decoder nor a codec mapping (nordpark.bridge.codec-mappings)");
	}

	private Outcome status(String topic, StatusEvent event, Instant receivedAt) {
		String sensorId = sensorId(topic, event.getDeviceInfo(), event.hasDeviceInfo());
		String uplinkId = require(event.getDeduplicationId(), "deduplicationId");
		Instant time = time(event.hasTime() ? event.getTime() : null, List.of(), receivedAt);
		Lookup lookup = entry(sensorId, event.getDeviceInfo());
		CatalogEntry sensor = lookup.entry();
		if (sensor == null) {
			return lookup.reject(sensorId);
		}
		Map<String, Double> values = new LinkedHashMap<>();
		if (!event.getExternalPowerSource() && !event.getBatteryLevelUnavailable()) {
			values.put(InfluxSchema.BATTERY_PCT, (double) event.getBatteryLevel());
		}
		values.put(InfluxSchema.MARGIN_DB, (double) event.getMargin());
		return reading(uplinkId, sensor, SensorKind.DEVICE, time, List.of(Observation.of(values)), null);
	}

	private Outcome join(JoinEvent event) {
		if (event.hasDeviceInfo()) {
			String devEui = event.getDeviceInfo().getDevEui();
			log.info("device joined [devEui: {}, known: {}]", devEui,
					DevEui.isSensorId(devEui) && this.catalog.find(devEui).isPresent());
			this.catalog.requestRefresh();
		}
		return new Outcome.Skip(EventType.JOIN.id());
	}

	private Outcome log(LogEvent event) {
		if (event.getCode() == LogCode.UPLINK_CODEC) {
			this.metrics.codecError();
			log.debug("ChirpStack codec error [devEui: {}, description: {}]", event.getDeviceInfo().getDevEui(),
					event.getDescription());
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
	private Lookup entry(String sensorId, DeviceInfo info) {
		Optional<CatalogEntry> known = this.catalog.find(sensorId);
		if (known.isPresent()) {
			return new Lookup(known.get(), "");
		}
		this.catalog.requestRefresh();
		String reason = "unknown device " + sensorId + ": not in the catalog";
		try {
			Optional<CatalogEntry> learned = this.catalog.learn(sensorId, info.getDeviceName(),
					info.getDeviceProfileName(), info.getTagsMap());
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

	private static String sensorId(String topic, DeviceInfo info, boolean present) {
		if (!present) {
			throw new MalformedEventException("event has no deviceInfo");
		}
		if (info.getDevEui().isEmpty()) {
			throw new MalformedEventException("event has no deviceInfo.devEui");
		}
		String devEui;
		try {
			devEui = DevEui.of(info.getDevEui()).value();
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("deviceInfo.devEui '" + info.getDevEui() + "' is not a DevEUI");
		}
		String[] levels = topic.split("/");
		for (int i = 0; i + 1 < levels.length; i++) {
			if (levels[i].equals("device") && DevEui.isSensorId(levels[i + 1]) && !levels[i + 1].equals(devEui)) {
				throw new MalformedEventException(
						"topic DevEUI " + levels[i + 1] + " does not match deviceInfo.devEui " + devEui);
			}
		}
		return devEui;
	}

	private static String require(String value, String field) {
		if (value.isBlank()) {
			throw new MalformedEventException("event has no " + field);
		}
		return value;
	}

	/**
	 * The event time; events without one (never seen from ChirpStack, but possible from
	 * other producers) fall back to the earliest gateway or network-server time, then to
	 * the arrival time.
	 */
	private static Instant time(@Nullable Timestamp time, List<UplinkRxInfo> rxInfo, Instant receivedAt) {
		if (time != null) {
			return Instant.ofEpochSecond(time.getSeconds(), time.getNanos());
		}
		List<Instant> candidates = new ArrayList<>();
		for (UplinkRxInfo rx : rxInfo) {
			if (rx.hasGwTime()) {
				candidates.add(Instant.ofEpochSecond(rx.getGwTime().getSeconds(), rx.getGwTime().getNanos()));
			}
			if (rx.hasNsTime()) {
				candidates.add(Instant.ofEpochSecond(rx.getNsTime().getSeconds(), rx.getNsTime().getNanos()));
			}
		}
		return candidates.stream().min(Instant::compareTo).orElse(receivedAt);
	}

}
