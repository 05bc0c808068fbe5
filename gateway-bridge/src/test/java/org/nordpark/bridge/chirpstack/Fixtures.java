package org.nordpark.bridge.chirpstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads ChirpStack event fixtures: {@code chirpstack/v4/<event>.<model>.<case>.json}. */
public final class Fixtures {

	private Fixtures() {
	}

	public static byte[] load(String event, String model, String kase) {
		String path = "/chirpstack/v4/" + event + "." + model + ((kase.isEmpty()) ? "" : "." + kase) + ".json";
		try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
