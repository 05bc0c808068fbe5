package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.chirpstack.RadioModel;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.scenario.Randoms;
import org.nordpark.simulator.scenario.SiteScenario;

/**
 * One simulated device. The simulation asks every device when it sends next, lets the
 * earliest one {@link #emit() emit} its frame and asks again. Times are scenario times.
 * All randomness comes from the device's own stream derived from the seed and its DevEUI,
 * so a device behaves the same whatever the others do.
 */
public abstract class SimulatedDevice {

	/** A reference day for slow drifts such as battery discharge. */
	private static final Instant REFERENCE = Instant.parse("2026-01-01T00:00:00Z");

	protected final SiteSensor sensor;

	protected final DeviceContext context;

	protected final SplittableRandom random;

	private final RadioModel radio;

	private final double initialBatteryPct;

	private final double dischargePctPerDay;

	private long fCnt;

	private Instant next = Instant.EPOCH;

	private boolean started;

	protected SimulatedDevice(SiteSensor sensor, DeviceContext context, double extraRadioLossDb) {
		this.sensor = sensor;
		this.context = context;
		this.random = Randoms.derive(context.seed(), sensor.devEui());
		this.radio = new RadioModel(context.gateways(), sensor.lat(), sensor.lon(), extraRadioLossDb, this.random);
		this.fCnt = this.random.nextInt(20_000);
		this.initialBatteryPct = 60 + 40 * this.random.nextDouble();
		this.dischargePctPerDay = 0.005 + 0.02 * this.random.nextDouble();
	}

	/** The sensor from the manifest. */
	public SiteSensor sensor() {
		return this.sensor;
	}

	/** The radio link. */
	public RadioModel radio() {
		return this.radio;
	}

	/** When the device sends next. */
	public Instant next() {
		return this.next;
	}

	/** The frame counter of the last emitted frame. */
	public long fCnt() {
		return this.fCnt;
	}

	/** The device's own random stream, also used for the radio side of its uplinks. */
	public SplittableRandom random() {
		return this.random;
	}

	/**
	 * (Re)starts the schedule at {@code time}; the first frame after power-up is the
	 * model's start-up frame, sent within a few minutes.
	 */
	public final void restart(Instant time) {
		onRestart(time);
		this.next = started() ? first(time) : time.plusSeconds(this.random.nextLong(600));
	}

	/** The frame sent at {@link #next()}; advances the frame counter and the schedule. */
	public final Frame emit() {
		Instant time = this.next;
		Frame frame;
		if (!this.started) {
			this.started = true;
			frame = startup(time);
			this.next = first(time);
		}
		else {
			frame = frame(time);
			this.next = following(time);
		}
		this.fCnt = (this.fCnt + 1) & 0xFFFF_FFFFL;
		return frame;
	}

	/** Battery level, percent. */
	public double batteryPct(Instant time) {
		double days = Duration.between(REFERENCE, time).toHours() / 24.0;
		return Randoms.clamp(this.initialBatteryPct - this.dischargePctPerDay * days, 3, 100);
	}

	/** The scenario. */
	protected SiteScenario scenario() {
		return this.context.scenario();
	}

	/** The sensor's uplink interval, or the given default. */
	protected Duration interval(Duration fallback) {
		return (this.sensor.uplinkInterval() != null) ? this.sensor.uplinkInterval() : fallback;
	}

	private boolean started() {
		return this.started;
	}

	/** Hook for state that depends on the scenario time at (re)start. */
	protected void onRestart(Instant time) {
	}

	/** The first regular frame time after (re)start or the start-up frame. */
	protected abstract Instant first(Instant time);

	/** The next frame time after a regular frame at {@code time}. */
	protected abstract Instant following(Instant time);

	/** The model's start-up frame, e.g. a configuration or start-up payload. */
	protected abstract Frame startup(Instant time);

	/** A regular frame at {@code time}. */
	protected abstract Frame frame(Instant time);

}
