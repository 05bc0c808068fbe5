package org.nordpark.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.nordpark.model.CatalogSettings;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.chirpstack.ChirpStackTenant;
import org.nordpark.simulator.chirpstack.DeviceIdentity;
import org.nordpark.simulator.chirpstack.DeviceProfiles;
import org.nordpark.simulator.chirpstack.RadioModel;
import org.nordpark.simulator.chirpstack.StatusEvent;
import org.nordpark.simulator.chirpstack.UplinkEvent;
import org.nordpark.simulator.device.SimulatedDevice;
import org.nordpark.simulator.encode.Frame;

/**
 * The event loop: always lets the device with the earliest next uplink send, turns its
 * frame into ChirpStack events (radio receptions, frame counter, now and then a duplicate
 * delivery, a status event once per status interval) and hands them out in time order.
 * Deterministic for a seed: every random choice comes from the device's own stream.
 */
public final class Simulation {

	private final List<SimulatedDevice> devices;

	private final Map<SimulatedDevice, DeviceIdentity> identities = new HashMap<>();

	private final Map<SimulatedDevice, Instant> nextStatus = new HashMap<>();

	private final PriorityQueue<SimulatedDevice> queue = new PriorityQueue<>(
			Comparator.comparing(SimulatedDevice::next).thenComparing((device) -> device.sensor().devEui()));

	private final ChirpStackTenant tenant;

	private final EventEncoder encoder;

	private final double duplicateRate;

	private final Duration statusInterval;

	private long lost;

	/**
	 * @param devices the site's devices
	 * @param tenant tenant and application of the devices
	 * @param encoder JSON or protobuf
	 * @param duplicateRate share of uplinks delivered twice
	 * @param statusInterval how often a device answers a status request
	 */
	public Simulation(List<SimulatedDevice> devices, ChirpStackTenant tenant, EventEncoder encoder,
			double duplicateRate, Duration statusInterval) {
		this.devices = List.copyOf(devices);
		this.tenant = tenant;
		this.encoder = encoder;
		this.duplicateRate = duplicateRate;
		this.statusInterval = statusInterval;
		for (SimulatedDevice device : devices) {
			this.identities.put(device, identity(device));
		}
	}

	/** The devices. */
	public List<SimulatedDevice> devices() {
		return this.devices;
	}

	/** Uplinks no gateway heard (not published, as in a real network). */
	public long lost() {
		return this.lost;
	}

	/** (Re)starts every device's schedule at a scenario time. */
	public void restart(Instant scenarioTime) {
		this.queue.clear();
		for (SimulatedDevice device : this.devices) {
			device.restart(scenarioTime);
			long offset = device.random().nextLong(Math.max(1, this.statusInterval.toMillis()));
			this.nextStatus.put(device, scenarioTime.plusMillis(offset));
			this.queue.add(device);
		}
	}

	/** The scenario time of the next uplink. */
	public Instant peek() {
		SimulatedDevice first = this.queue.peek();
		if (first == null) {
			throw new IllegalStateException("the simulation has no devices; call restart first");
		}
		return first.next();
	}

	/** Lets the earliest device send and returns the resulting messages (maybe none). */
	public List<OutgoingEvent> step(TimeMapping mapping) {
		SimulatedDevice device = this.queue.poll();
		if (device == null) {
			throw new IllegalStateException("the simulation has no devices; call restart first");
		}
		Instant scenarioTime = device.next();
		Frame frame = device.emit();
		this.queue.add(device);
		return events(device, scenarioTime, mapping.eventTime(scenarioTime), frame);
	}

	/** Every message of the uplinks before {@code until} (scenario time), in order. */
	public List<OutgoingEvent> until(Instant until, TimeMapping mapping) {
		List<OutgoingEvent> events = new ArrayList<>();
		while (peek().isBefore(until)) {
			events.addAll(step(mapping));
		}
		return events;
	}

	private List<OutgoingEvent> events(SimulatedDevice device, Instant scenarioTime, Instant time, Frame frame) {
		SplittableRandom random = device.random();
		RadioModel.Transmission transmission = device.radio().transmit(time, random);
		UUID deduplicationId = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
		boolean duplicate = random.nextDouble() < this.duplicateRate;
		if (transmission.receptions().isEmpty()) {
			this.lost++;
			return List.of();
		}
		DeviceIdentity identity = this.identities.get(device);
		Instant gpsTime = transmission.receptions()
			.stream()
			.filter((reception) -> reception.gwTime() != null)
			.map((reception) -> reception.gwTime())
			.findFirst()
			.orElse(transmission.receptions().get(0).nsTime());
		UplinkEvent up = new UplinkEvent(deduplicationId, gpsTime, identity, device.fCnt(), frame,
				device.radio().spreadingFactor(), transmission.frequency(), transmission.receptions());
		String devEui = identity.devEui();
		OutgoingEvent upEvent = new OutgoingEvent(this.tenant.eventTopic(devEui, "up"), this.encoder.up(up), gpsTime,
				"up", devEui);
		List<OutgoingEvent> events = new ArrayList<>(3);
		events.add(upEvent);
		if (duplicate) {
			events.add(upEvent);
		}
		Instant statusDue = this.nextStatus.get(device);
		if (!scenarioTime.isBefore(statusDue)) {
			this.nextStatus.put(device, scenarioTime.plus(this.statusInterval));
			float bestSnr = transmission.receptions().get(0).snr();
			int margin = (int) Math.round(bestSnr - RadioModel.requiredSnr(device.radio().spreadingFactor()));
			int battery = (int) Math.max(1, Math.min(254, Math.round(device.batteryPct(scenarioTime) * 254 / 100)));
			StatusEvent status = new StatusEvent(deduplicationId, gpsTime, identity, margin, battery);
			events.add(new OutgoingEvent(this.tenant.eventTopic(devEui, "status"), this.encoder.status(status), gpsTime,
					"status", devEui));
		}
		return events;
	}

	private static DeviceIdentity identity(SimulatedDevice device) {
		SiteSensor sensor = device.sensor();
		Map<String, String> tags = new TreeMap<>(sensor.settings());
		tags.put("model", sensor.model());
		tags.put("kind", sensor.kind().id());
		tags.put("zone", sensor.zone());
		tags.put("lat", Double.toString(sensor.lat()));
		tags.put("lon", Double.toString(sensor.lon()));
		if (sensor.uplinkInterval() != null) {
			tags.put(CatalogSettings.UPLINK_INTERVAL_S, Long.toString(sensor.uplinkInterval().toSeconds()));
		}
		long address = device.random().nextLong(1L << 25);
		return new DeviceIdentity(sensor.devEui(), sensor.name(), DeviceProfiles.id(sensor.model()),
				DeviceProfiles.name(sensor.model()), String.format("%08x", address), tags);
	}

}
