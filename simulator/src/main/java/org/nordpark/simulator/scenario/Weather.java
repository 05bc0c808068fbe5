package org.nordpark.simulator.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Weather over the site: temperature with a seasonal and a daily cycle plus a random
 * anomaly per day, humidity following temperature, slowly drifting air pressure, daylight
 * and the regional particulate background. Deterministic for a seed.
 *
 * @param seed the simulation seed
 * @param zone the site's time zone
 */
public record Weather(long seed, ZoneId zone) {

	/** Air temperature, °C. */
	public double temperatureC(Instant time) {
		ZonedDateTime local = time.atZone(this.zone);
		double season = 10.5 - 8 * Math.cos(2 * Math.PI * (local.getDayOfYear() - 20) / 365.0);
		double hour = hourOfDay(local);
		double daily = 4.5 * Math.sin(2 * Math.PI * (hour - 9) / 24);
		return season + daily + smoothAnomaly(time, "temperature", 3);
	}

	/** Relative humidity, percent. */
	public double humidityPct(Instant time) {
		ZonedDateTime local = time.atZone(this.zone);
		double daily = -18 * Math.sin(2 * Math.PI * (hourOfDay(local) - 9) / 24);
		return Randoms.clamp(74 + daily + smoothAnomaly(time, "humidity", 8), 25, 99);
	}

	/** Air pressure at the site, hPa. */
	public double pressureHpa(Instant time) {
		double days = time.getEpochSecond() / 86_400.0;
		return 1013 + 9 * Math.sin(2 * Math.PI * days / 5.3) + 3 * Math.sin(2 * Math.PI * days / 1.7)
				+ smoothAnomaly(time, "pressure", 2);
	}

	/** Outdoor illuminance, lux (0 at night). */
	public double lux(Instant time) {
		ZonedDateTime local = time.atZone(this.zone);
		double dayLength = 12.2 + 4.4 * Math.sin(2 * Math.PI * (local.getDayOfYear() - 80) / 365.0);
		double noon = 13.5;
		double sunrise = noon - dayLength / 2;
		double position = (hourOfDay(local) - sunrise) / dayLength;
		if (position <= 0 || position >= 1) {
			return 0;
		}
		double cloud = 0.35 + 0.6 * dayValue(local.toLocalDate(), "cloud");
		return 40_000 * Math.sin(Math.PI * position) * cloud;
	}

	/** Regional PM2.5 background, µg/m³. */
	public double pm25BackgroundUgm3(Instant time) {
		return 5 + 11 * Math.abs(smoothAnomaly(time, "pm", 1))
				+ 2 * dayValue(time.atZone(this.zone).toLocalDate(), "pm");
	}

	/** Fractional hour of the local day. */
	public static double hourOfDay(ZonedDateTime local) {
		return local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0;
	}

	/** A value in [0, 1) fixed per day and purpose. */
	private double dayValue(LocalDate date, String purpose) {
		return Randoms.derive(this.seed, purpose + date).nextDouble();
	}

	/** A day-to-day anomaly, interpolated between noon values so it has no jumps. */
	private double smoothAnomaly(Instant time, String purpose, double deviation) {
		double days = time.getEpochSecond() / 86_400.0;
		long day = (long) Math.floor(days);
		double fraction = days - day;
		double a = anomaly(day, purpose, deviation);
		double b = anomaly(day + 1, purpose, deviation);
		double smooth = (1 - Math.cos(Math.PI * fraction)) / 2;
		return a + (b - a) * smooth;
	}

	private double anomaly(long epochDay, String purpose, double deviation) {
		SplittableRandom random = Randoms.derive(this.seed, purpose + "@" + epochDay);
		return deviation * random.nextGaussian();
	}

}
