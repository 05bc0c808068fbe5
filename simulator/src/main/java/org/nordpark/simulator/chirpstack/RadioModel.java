package org.nordpark.simulator.chirpstack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.nordpark.simulator.scenario.Randoms;

/**
 * The radio link of one device to the site's gateways: log-distance path loss with a
 * fixed shadowing per gateway and fading per uplink, an extra loss for in-ground sensors,
 * a spreading factor chosen as ADR would (10 dB installation margin), and up to three
 * receiving gateways per uplink, best first.
 */
public final class RadioModel {

	/** Transmit power plus antenna gains, dBm. */
	private static final double EIRP_DBM = 16;

	private static final double PATH_LOSS_EXPONENT = 3.0;

	private static final double NOISE_FLOOR_DBM = -117;

	private static final double ADR_MARGIN_DB = 10;

	private static final int NEARBY_GATEWAYS = 6;

	private static final long[] FREQUENCIES = { 868_100_000, 868_300_000, 868_500_000, 867_100_000, 867_300_000,
			867_500_000, 867_700_000, 867_900_000 };

	private final List<GatewaySite> gateways;

	private final double[] meanRssi;

	private final int spreadingFactor;

	/**
	 * @param gateways the site's gateways
	 * @param lat device latitude
	 * @param lon device longitude
	 * @param extraLossDb additional loss, e.g. for a sensor in the asphalt
	 * @param random the device's random stream (fixes the shadowing)
	 */
	public RadioModel(List<GatewaySite> gateways, double lat, double lon, double extraLossDb, SplittableRandom random) {
		if (gateways.isEmpty()) {
			throw new IllegalArgumentException("the simulated network needs at least one gateway");
		}
		double[] rssi = new double[gateways.size()];
		Integer[] order = new Integer[gateways.size()];
		for (int i = 0; i < gateways.size(); i++) {
			GatewaySite gateway = gateways.get(i);
			double metres = Math.max(10, distanceMetres(lat, lon, gateway.lat(), gateway.lon()));
			double pathLoss = 40 + 10 * PATH_LOSS_EXPONENT * Math.log10(metres);
			rssi[i] = EIRP_DBM - pathLoss - extraLossDb + Randoms.normal(random, 0, 5);
			order[i] = i;
		}
		// only the strongest few gateways can hear the device (keeps large scaled
		// networks fast)
		java.util.Arrays.sort(order, (a, b) -> Double.compare(rssi[b], rssi[a]));
		int nearby = Math.min(NEARBY_GATEWAYS, order.length);
		List<GatewaySite> kept = new ArrayList<>(nearby);
		this.meanRssi = new double[nearby];
		for (int i = 0; i < nearby; i++) {
			kept.add(gateways.get(order[i]));
			this.meanRssi[i] = rssi[order[i]];
		}
		this.gateways = List.copyOf(kept);
		this.spreadingFactor = adrSpreadingFactor(snr(this.meanRssi[0]));
	}

	/** The spreading factor the device uses. */
	public int spreadingFactor() {
		return this.spreadingFactor;
	}

	/** Required demodulation SNR at a spreading factor, dB. */
	public static double requiredSnr(int spreadingFactor) {
		return -7.5 - 2.5 * (spreadingFactor - 7);
	}

	/**
	 * The receptions of one uplink sent at {@code time}; empty when no gateway heard it.
	 */
	public Transmission transmit(Instant time, SplittableRandom random) {
		int channel = random.nextInt(FREQUENCIES.length);
		List<Reception> receptions = new ArrayList<>();
		for (int i = 0; i < this.gateways.size(); i++) {
			double rssi = this.meanRssi[i] + Randoms.normal(random, 0, 2.5);
			double snr = snr(rssi) + Randoms.normal(random, 0, 1);
			if (snr < requiredSnr(this.spreadingFactor)) {
				continue;
			}
			GatewaySite gateway = this.gateways.get(i);
			byte[] context = new byte[4];
			random.nextBytes(context);
			Instant nsTime = time.plusNanos(15_000_000L + random.nextLong(40_000_000L));
			Instant gwTime = gateway.gnss() ? time.plusNanos(random.nextLong(1_000)) : null;
			receptions.add(new Reception(gateway, random.nextLong(1L << 32), (int) Math.round(rssi),
					Math.round(snr * 4) / 4.0f, channel, channel < 3 ? 1 : 0, context, nsTime, gwTime));
		}
		receptions.sort(Comparator.comparingInt(Reception::rssi).reversed());
		List<Reception> heard = List.copyOf(receptions.subList(0, Math.min(3, receptions.size())));
		return new Transmission(FREQUENCIES[channel], heard);
	}

	private static double snr(double rssi) {
		return Math.min(12, rssi - NOISE_FLOOR_DBM);
	}

	private static int adrSpreadingFactor(double bestSnr) {
		for (int sf = 7; sf < 12; sf++) {
			if (bestSnr - ADR_MARGIN_DB >= requiredSnr(sf)) {
				return sf;
			}
		}
		return 12;
	}

	/** Great-circle distance (haversine), metres. */
	public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
	}

	/**
	 * One transmitted uplink.
	 *
	 * @param frequency frequency, Hz
	 * @param receptions receiving gateways, best first, at most three
	 */
	public record Transmission(long frequency, List<Reception> receptions) {

	}

}
