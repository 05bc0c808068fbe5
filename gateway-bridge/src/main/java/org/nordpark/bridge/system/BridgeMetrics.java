package org.nordpark.bridge.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.nordpark.model.SensorKind;

import org.springframework.stereotype.Component;

/**
 * The bridge's Micrometer meters: events received by type, readings published by kind,
 * dead letters by reason category, codec errors reported by ChirpStack, decode time.
 */
@Component
public class BridgeMetrics {

	private final MeterRegistry registry;

	private final Timer decodeTime;

	private final Counter codecErrors;

	private final Map<SensorKind, Counter> published = new ConcurrentHashMap<>();

	private final Map<String, Counter> received = new ConcurrentHashMap<>();

	public BridgeMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.decodeTime = Timer.builder("nordpark.bridge.decode.time")
			.description("Time to parse and decode one event")
			.register(registry);
		this.codecErrors = Counter.builder("nordpark.bridge.codec.errors")
			.description("UPLINK_CODEC errors ChirpStack reported in log events")
			.register(registry);
	}

	public void received(String eventType) {
		this.received
			.computeIfAbsent(eventType,
					(key) -> Counter.builder("nordpark.bridge.events.received")
						.description("ChirpStack events received")
						.tag("type", key)
						.register(this.registry))
			.increment();
	}

	public void published(SensorKind kind) {
		this.published
			.computeIfAbsent(kind,
					(key) -> Counter.builder("nordpark.bridge.readings.published")
						.description("Readings the broker acknowledged")
						.tag("kind", key.id())
						.register(this.registry))
			.increment();
	}

	public void deadLettered(String reason) {
		Counter.builder("nordpark.bridge.deadletters")
			.description("Events dead-lettered")
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

	public void codecError() {
		this.codecErrors.increment();
	}

	public void decoded(Duration duration) {
		this.decodeTime.record(duration);
	}

}
