package org.nordpark.api.sta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * Stable numeric {@code @iot.id}s, derived from stable keys so that they survive restarts
 * and catalog refreshes without a stored mapping:
 * <ul>
 * <li>every entity but an Observation: the first 31 bits of SHA-256 of {@code type:key}
 * (a positive number below 2<sup>31</sup>, safe in JavaScript), e.g.
 * {@code thing:70b3d5e75e00a101} or
 * {@code datastream:70b3d5e75e00b001:traffic:count:class=car,direction=inbound};</li>
 * <li>an Observation: its Datastream's id shifted left by 32 bits plus the point's time
 * in whole epoch seconds, so the id names the point without a lookup table.</li>
 * </ul>
 * Two keys of one type with the same hash are resolved by {@link StaModel} (the key that
 * sorts later takes the next free number; the model logs it).
 */
final class StaIds {

	private StaIds() {
	}

	/** The id of an entity with a stable key. */
	static long of(EntityType type, String key) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha.digest((type.singular() + ":" + key).getBytes(StandardCharsets.UTF_8));
			long value = ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8)
					| (hash[3] & 0xffL);
			long id = value & 0x7fffffffL;
			return (id == 0) ? 1 : id;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	/** The id of the Observation of a Datastream at a time. */
	static long observation(long datastreamId, Instant time) {
		return (datastreamId << 32) | (time.getEpochSecond() & 0xffffffffL);
	}

	/** The Datastream id within an Observation id. */
	static long datastreamOf(long observationId) {
		return observationId >>> 32;
	}

	/** The whole second an Observation id names. */
	static Instant secondOf(long observationId) {
		return Instant.ofEpochSecond(observationId & 0xffffffffL);
	}

}
