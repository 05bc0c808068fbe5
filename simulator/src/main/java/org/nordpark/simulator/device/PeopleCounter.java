package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;

import org.nordpark.model.CatalogSettings;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.model.site.Zone.ZoneType;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.Pcr2Encoder;
import org.nordpark.simulator.scenario.Randoms;

/**
 * A Parametric PCR2 radar people counter on a footpath or at a stadium entrance, sending
 * the extended V4 payload: persons per interval in each direction and the 16-bit totals
 * since power-up.
 */
final class PeopleCounter extends PeriodicDevice {

	private final boolean ltrArriving;

	private final double scale;

	private int ltrSum;

	private int rtlSum;

	PeopleCounter(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, Duration.ofMinutes(15), 0);
		this.ltrArriving = Directions.arriving(sensor.settings().getOrDefault(CatalogSettings.LTR, "inbound"));
		double base = (context.zone().type() == ZoneType.FOOTPATH) ? 1.0 : 1.6;
		this.scale = base * (0.8 + 0.4 * this.random.nextDouble());
		this.ltrSum = this.random.nextInt(0x10000);
		this.rtlSum = this.random.nextInt(0x10000);
	}

	@Override
	protected Frame frame(Instant time) {
		Instant mid = midInterval(time);
		int ltr = count(mid, this.ltrArriving);
		int rtl = count(mid, !this.ltrArriving);
		this.ltrSum = (this.ltrSum + ltr) & 0xFFFF;
		this.rtlSum = (this.rtlSum + rtl) & 0xFFFF;
		double lux = scenario().weather().lux(mid);
		int batteryMv = (int) Math.round(3500 + 600 * Math.min(1, lux / 20_000) - 3 * (100 - batteryPct(time)));
		int solarMw = (int) Math.round(lux / 40_000 * 1800);
		double temperature = scenario().weather().temperatureC(mid) + 3 + lux / 8_000;
		return Pcr2Encoder.extendedV4(ltr, rtl, this.ltrSum, this.rtlSum, batteryMv, solarMw, temperature);
	}

	private int count(Instant mid, boolean arriving) {
		double perHour = scenario().pedestriansPerHour(mid, arriving) * this.scale;
		return Math.min(0xFFFF, Randoms.poisson(this.random, perHour * intervalHours()));
	}

}
