package org.nordpark.simulator.device;

import java.time.Instant;

import org.nordpark.model.site.GeoPoint;
import org.nordpark.simulator.chirpstack.RadioModel;
import org.nordpark.simulator.scenario.SiteScenario;

/**
 * Air quality and noise at one sensor's position: the regional background plus what the
 * roads and the stadium crowd add, weaker with distance. Air quality follows traffic.
 */
final class Environment {

	private final SiteScenario scenario;

	private final double roadExposure;

	private final double stadiumMetres;

	Environment(SiteScenario scenario, DeviceContext context, double lat, double lon) {
		this.scenario = scenario;
		this.roadExposure = switch (context.zone().type()) {
			case ROAD -> 1.0;
			case CAR_PARK -> 0.7;
			case AREA -> 0.5;
			default -> 0.25;
		};
		GeoPoint stadium = context.stadium();
		this.stadiumMetres = Math.max(40, RadioModel.distanceMetres(lat, lon, stadium.lat(), stadium.lon()));
	}

	/** PM2.5, µg/m³. */
	double pm25(Instant time) {
		return this.scenario.weather().pm25BackgroundUgm3(time)
				+ 9 * this.roadExposure * this.scenario.trafficIntensity(time);
	}

	/** CO2 outdoors, ppm. */
	double co2(Instant time) {
		double crowd = this.scenario.crowdLevel(time) * 90 * Math.min(1, 150 / this.stadiumMetres);
		return 418 + 45 * this.roadExposure * this.scenario.trafficIntensity(time) + crowd;
	}

	/** Traffic and crowd noise, A-weighted equivalent level, dB. */
	double leq(Instant time) {
		double traffic = 38 + 10 * Math.log10(1 + 300 * this.roadExposure * this.scenario.trafficIntensity(time));
		double crowdLevel = this.scenario.crowdLevel(time);
		double crowd = (crowdLevel > 0) ? 92 + 10 * Math.log10(crowdLevel) - 20 * Math.log10(this.stadiumMetres / 40)
				: 0;
		return 10 * Math.log10(Math.pow(10, traffic / 10) + (crowd > 0 ? Math.pow(10, crowd / 10) : 0));
	}

	/** Pedestrians per hour passing nearby (for PIR motion and bin filling). */
	double pedestriansPerHour(Instant time) {
		return (this.scenario.pedestriansPerHour(time, true) + this.scenario.pedestriansPerHour(time, false))
				* Math.min(1, 300 / this.stadiumMetres);
	}

}
