package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.nordpark.model.CatalogSettings;
import org.nordpark.model.Dims;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.model.site.Zone.ZoneType;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.TcrEncoder;
import org.nordpark.simulator.encode.TcrEncoder.ClassCount;
import org.nordpark.simulator.scenario.Randoms;

/**
 * A Parametric TCR radar counter: on a road it counts the road's traffic, at a car-park
 * entrance the cars entering and leaving, on a footpath mostly pedestrians and bicycles.
 * Sends the legacy V2 payload with four speed classes; the manifest's {@code classes}
 * setting says which object class each speed class counts.
 */
final class TrafficCounter extends PeriodicDevice {

	private static final String DEFAULT_CLASSES = "0:pedestrian,1:bicycle,2:car,3:truck";

	private final String[] classes = new String[TcrEncoder.CLASSES];

	private final boolean ltrArriving;

	private final double scale;

	TrafficCounter(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, Duration.ofMinutes(15), 0);
		String mapping = sensor.settings().getOrDefault(CatalogSettings.CLASSES, DEFAULT_CLASSES);
		for (String pair : mapping.split(",")) {
			String[] parts = pair.trim().split(":");
			int index = Integer.parseInt(parts[0].trim());
			if (index >= 0 && index < this.classes.length) {
				this.classes[index] = parts[1].trim();
			}
		}
		this.ltrArriving = Directions.arriving(sensor.settings().getOrDefault(CatalogSettings.LTR, "inbound"));
		this.scale = 0.75 + 0.5 * this.random.nextDouble();
	}

	@Override
	protected Frame startup(Instant time) {
		return TcrEncoder.configuration(new int[] { 2, 1, 0 }, (int) interval().toMinutes(),
				new int[][] { { 1, 7 }, { 8, 25 }, { 26, 49 }, { 50, 120 } });
	}

	@Override
	protected Frame frame(Instant time) {
		Instant mid = midInterval(time);
		List<ClassCount> counts = new ArrayList<>();
		for (String objectClass : this.classes) {
			int ltr = count(mid, objectClass, this.ltrArriving);
			int rtl = count(mid, objectClass, !this.ltrArriving);
			counts.add(new ClassCount(ltr, speed(mid, objectClass, ltr, this.ltrArriving), rtl,
					speed(mid, objectClass, rtl, !this.ltrArriving)));
		}
		double lux = scenario().weather().lux(mid);
		int batteryMv = (int) Math.round(3550 + 550 * Math.min(1, lux / 20_000) - 4 * (100 - batteryPct(time)));
		int solarMw = (int) Math.round(Math.min(60_000, lux / 40_000 * 2200));
		double temperature = scenario().weather().temperatureC(mid) + 2 + lux / 10_000;
		return TcrEncoder.payloadV2(batteryMv, solarMw, temperature, counts);
	}

	private int count(Instant mid, String objectClass, boolean arriving) {
		if (objectClass == null) {
			return 0;
		}
		double perHour = switch (role()) {
			case CAR_PARK -> share(objectClass, 0.04, 0.01, 0.93, 0.02) * scenario().carParkVehiclesPerHour(mid,
					arriving, (this.context.zone().capacity() != null) ? this.context.zone().capacity() : 800);
			case ROAD -> share(objectClass, 0, 0.06, 0.88, 0.06) * scenario().roadVehiclesPerHour(mid, arriving)
					+ share(objectClass, 0.04, 0, 0, 0) * scenario().pedestriansPerHour(mid, arriving);
			default -> share(objectClass, 0.85, 0.15, 0, 0) * scenario().pedestriansPerHour(mid, arriving);
		};
		return Math.min(0xFFFF, Randoms.poisson(this.random, perHour * this.scale * intervalHours()));
	}

	private int speed(Instant mid, String objectClass, int count, boolean arriving) {
		if (count == 0) {
			return 0;
		}
		double speed = switch (objectClass) {
			case Dims.CLASS_PEDESTRIAN -> 5;
			case Dims.CLASS_BICYCLE -> 17;
			case Dims.CLASS_TRUCK -> (role() == ZoneType.CAR_PARK) ? 10 : 42;
			default -> (role() == ZoneType.CAR_PARK) ? 14
					: 49 - 32 * Math.min(1, scenario().roadVehiclesPerHour(mid, arriving) / 2000);
		};
		return (int) Math.round(Randoms.clamp(Randoms.normal(this.random, speed, speed * 0.08), 1, 130));
	}

	private ZoneType role() {
		ZoneType type = this.context.zone().type();
		return (type == ZoneType.CAR_PARK || type == ZoneType.ROAD) ? type : ZoneType.FOOTPATH;
	}

	private static double share(String objectClass, double pedestrian, double bicycle, double car, double truck) {
		return switch (objectClass) {
			case Dims.CLASS_PEDESTRIAN -> pedestrian;
			case Dims.CLASS_BICYCLE -> bicycle;
			case Dims.CLASS_CAR -> car;
			case Dims.CLASS_TRUCK -> truck;
			default -> pedestrian + bicycle + car + truck;
		};
	}

}
