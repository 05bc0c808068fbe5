package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;

import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.encode.DecentlabPmEncoder;
import org.nordpark.simulator.encode.DecentlabPmEncoder.Particulates;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.scenario.Randoms;

/** A Decentlab DL-PM station: particulate matter, air temperature, humidity, pressure. */
final class ParticulateStation extends PeriodicDevice {

	private final Environment environment;

	private final int deviceId;

	ParticulateStation(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, Duration.ofMinutes(15), 0);
		this.environment = new Environment(context.scenario(), context, sensor.lat(), sensor.lon());
		this.deviceId = this.random.nextInt(1, 0xFFFF);
	}

	@Override
	protected Frame frame(Instant time) {
		var weather = scenario().weather();
		double pm25 = Math.max(0.5, this.environment.pm25(time) * (1 + Randoms.normal(this.random, 0, 0.08)));
		double n25 = pm25 * 5.9;
		Particulates pm = new Particulates(pm25 * 0.72, pm25, pm25 * 1.22, pm25 * 1.65, 380 + this.random.nextInt(200),
				new double[] { n25 * 0.82, n25 * 0.97, n25, n25 * 1.002, n25 * 1.003 });
		return DecentlabPmEncoder.full(this.deviceId, 2.9 + 0.007 * batteryPct(time), pm,
				weather.temperatureC(time) + Randoms.normal(this.random, 0, 0.1),
				Randoms.clamp(weather.humidityPct(time) + Randoms.normal(this.random, 0, 1), 0, 100),
				weather.pressureHpa(time));
	}

}
