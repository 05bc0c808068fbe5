package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;

import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.encode.ElsysEncoder;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.scenario.Randoms;

/**
 * An Elsys ERS CO2 in the park: temperature, humidity, light, PIR motion, CO2 and supply
 * voltage.
 */
final class ElsysClimate extends PeriodicDevice {

	private final Environment environment;

	ElsysClimate(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, Duration.ofMinutes(10), 0);
		this.environment = new Environment(context.scenario(), context, sensor.lat(), sensor.lon());
	}

	@Override
	protected Frame frame(Instant time) {
		var weather = scenario().weather();
		double lux = weather.lux(time) * 0.6;
		int motion = Randoms.poisson(this.random, this.environment.pedestriansPerHour(time) * intervalHours() * 0.3);
		return ElsysEncoder.frame()
			.temperature(weather.temperatureC(time) + Randoms.normal(this.random, 0, 0.15))
			.humidity((int) Math
				.round(Randoms.clamp(weather.humidityPct(time) + Randoms.normal(this.random, 0, 1), 0, 100)))
			.light((int) Math.round(Math.min(0xFFFF, lux)))
			.motion(Math.min(255, motion))
			.co2((int) Math.round(this.environment.co2(time) + Randoms.normal(this.random, 0, 6)))
			.vdd((int) Math.round(3000 + 6.7 * batteryPct(time)))
			.build();
	}

}
