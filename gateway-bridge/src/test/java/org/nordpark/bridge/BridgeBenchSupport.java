package org.nordpark.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Uplinks for {@code BridgeBench}, built with the integration tests' ChirpStack shapes.
 */
public final class BridgeBenchSupport {

	public static final String TOPIC = ChirpStackUplinks.topic("bench", "70b3d5e75e00a001", "up");

	private BridgeBenchSupport() {
	}

	/** Bosch status uplinks, alternating occupied/free. */
	public static List<byte[]> uplinks(int count, boolean json) {
		List<byte[]> uplinks = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String id = UUID.randomUUID().toString();
			String hex = (i % 2 == 0) ? "01" : "00";
			uplinks.add(json ? ChirpStackUplinks.json(id, "70b3d5e75e00a001", 1, hex)
					: ChirpStackUplinks.protobuf(id, "70b3d5e75e00a001", 1, hex));
		}
		return uplinks;
	}

}
