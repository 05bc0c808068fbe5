package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.nordpark.model.CatalogSettings;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.MilesightEncoder;
import org.nordpark.simulator.scenario.DayPlan;
import org.nordpark.simulator.scenario.Randoms;

/**
 * A Milesight EM400-MUD over a waste bin: the bin fills with the foot traffic around it,
 * is emptied every morning and after a match, and now and then is knocked over.
 */
final class BinLevel extends PeriodicDevice {

	private final Environment environment;

	private final int emptyMm;

	private final int fullMm;

	private double fillPct;

	private LocalDate emptiedOn = LocalDate.MIN;

	private boolean emptiedAfterMatch;

	private boolean tilted;

	BinLevel(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, Duration.ofMinutes(30), 0);
		this.environment = new Environment(context.scenario(), context, sensor.lat(), sensor.lon());
		this.emptyMm = Integer.parseInt(sensor.settings().getOrDefault(CatalogSettings.EMPTY_DISTANCE_MM, "1100"));
		this.fullMm = Integer.parseInt(sensor.settings().getOrDefault(CatalogSettings.FULL_DISTANCE_MM, "150"));
		this.fillPct = 100 * this.random.nextDouble() * 0.4;
	}

	@Override
	protected Frame frame(Instant time) {
		var local = time.atZone(scenario().zone());
		if (local.getHour() >= 6 && !local.toLocalDate().equals(this.emptiedOn)) {
			this.emptiedOn = local.toLocalDate();
			this.emptiedAfterMatch = false;
			this.fillPct = 2 * this.random.nextDouble();
			this.tilted = false;
		}
		DayPlan plan = scenario().plan(time);
		if (plan.matchDay() && !this.emptiedAfterMatch && plan.minutesFromKickoff(time) > 240) {
			this.emptiedAfterMatch = true;
			this.fillPct = 3 * this.random.nextDouble();
		}
		double perHour = 0.3 + this.environment.pedestriansPerHour(time) / 150;
		this.fillPct = Math.min(100, this.fillPct + perHour * intervalHours() * (0.7 + 0.6 * this.random.nextDouble()));
		if (this.random.nextDouble() < 0.0015) {
			this.tilted = !this.tilted;
		}
		double distance = this.emptyMm - this.fillPct / 100 * (this.emptyMm - this.fullMm);
		return MilesightEncoder.frame()
			.battery((int) Math.round(batteryPct(time)))
			.temperature(scenario().weather().temperatureC(time) + 1 + Randoms.normal(this.random, 0, 0.2))
			.distance((int) Math.round(Math.max(0, distance + Randoms.normal(this.random, 0, 8))))
			.position(this.tilted)
			.build();
	}

}
