package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;

import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.MilesightEncoder;
import org.nordpark.simulator.scenario.Randoms;

/** A Milesight EM500-CO2: CO2, temperature, humidity and pressure outdoors. */
final class Co2Station extends PeriodicDevice {

	private final Environment environment;

	Co2Station(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, Duration.ofMinutes(10), 0);
		this.environment = new Environment(context.scenario(), context, sensor.lat(), sensor.lon());
	}

	@Override
	protected Frame frame(Instant time) {
		var weather = scenario().weather();
		return MilesightEncoder.frame()
			.battery((int) Math.round(batteryPct(time)))
			.temperature(weather.temperatureC(time) + Randoms.normal(this.random, 0, 0.15))
			.humidity(Randoms.clamp(weather.humidityPct(time) + Randoms.normal(this.random, 0, 1), 0, 100))
			.co2((int) Math.round(this.environment.co2(time) + Randoms.normal(this.random, 0, 8)))
			.pressure(weather.pressureHpa(time))
			.build();
	}

}
