package org.nordpark.simulator.site;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.nordpark.model.site.GeoPoint;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.model.site.Way;
import org.nordpark.model.site.Zone;
import org.nordpark.simulator.chirpstack.GatewaySite;

/**
 * Multiplies a site for load tests: copy {@code k} (2, 3, ...) of every zone, way and
 * sensor lies {@value #SHIFT_DEGREES}° further east, zone and way ids get the suffix
 * {@code -k}, sensor names {@code #k}, and DevEUIs differ in their upper 16 bits of the
 * lower half ({@code devEui XOR k << 32}).
 */
public final class SiteScaler {

	/** Longitude shift between copies, degrees (about 2 km at Mönchengladbach). */
	static final double SHIFT_DEGREES = 0.03;

	private SiteScaler() {
	}

	/** The site {@code factor} times; factor 1 returns it unchanged. */
	public static SiteManifest scale(SiteManifest site, int factor) {
		if (factor < 1 || factor > 0xFFFF) {
			throw new IllegalArgumentException("scale must be between 1 and 65535, was " + factor);
		}
		if (factor == 1) {
			return site;
		}
		List<Zone> zones = new ArrayList<>(site.zones());
		List<Way> ways = new ArrayList<>(site.ways());
		List<SiteSensor> sensors = new ArrayList<>(site.sensors());
		for (int copy = 2; copy <= factor; copy++) {
			double shift = SHIFT_DEGREES * (copy - 1);
			String suffix = "-" + copy;
			for (Zone zone : site.zones()) {
				zones.add(new Zone(zone.id() + suffix, zone.name() + " #" + copy, zone.type(), zone.capacity(),
						shift(zone.centre(), shift), zone.polygon().stream().map((p) -> shift(p, shift)).toList()));
			}
			for (Way way : site.ways()) {
				ways.add(new Way(way.id() + suffix, way.name() + " #" + copy, way.type(),
						way.line().stream().map((p) -> shift(p, shift)).toList()));
			}
			for (SiteSensor sensor : site.sensors()) {
				sensors.add(new SiteSensor(devEui(sensor.devEui(), copy), sensor.name() + " #" + copy, sensor.model(),
						sensor.kind(), sensor.zone() + suffix, sensor.lat(), sensor.lon() + shift,
						sensor.uplinkInterval(), sensor.settings()));
			}
		}
		return new SiteManifest(site.site(), zones, ways, sensors);
	}

	/**
	 * The gateways of a scaled site: copy {@code k} of every gateway lies as far east as
	 * copy {@code k} of the site, its id differs like a DevEUI.
	 */
	public static List<GatewaySite> gateways(List<GatewaySite> gateways, int factor) {
		List<GatewaySite> all = new ArrayList<>(gateways);
		for (int copy = 2; copy <= factor; copy++) {
			double shift = SHIFT_DEGREES * (copy - 1);
			for (GatewaySite gateway : gateways) {
				all.add(new GatewaySite(devEui(gateway.id(), copy), gateway.name() + " #" + copy, gateway.lat(),
						gateway.lon() + shift, gateway.altitude(), gateway.gnss()));
			}
		}
		return all;
	}

	static String devEui(String devEui, int copy) {
		long value = HexFormat.fromHexDigitsToLong(devEui) ^ ((long) copy << 32);
		return HexFormat.of().toHexDigits(value);
	}

	private static GeoPoint shift(GeoPoint point, double degrees) {
		return new GeoPoint(point.lat(), point.lon() + degrees);
	}

}
