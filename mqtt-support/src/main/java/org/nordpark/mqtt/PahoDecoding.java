package org.nordpark.mqtt;

import org.eclipse.paho.mqttv5.common.packet.util.CountingInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Paho decodes received packets with mqtt-support's bulk-reading
 * {@link CountingInputStream} or with its own byte-by-byte one (docs/performance.md,
 * "Paho's receive path"). Ours wins only where mqtt-support comes before Paho's jar on
 * the class path, as in every Nordpark service; elsewhere a warning says so once.
 */
final class PahoDecoding {

	private static final Logger log = LoggerFactory.getLogger(PahoDecoding.class);

	private static final boolean BULK = detect();

	private PahoDecoding() {
	}

	static boolean isBulk() {
		return BULK;
	}

	private static boolean detect() {
		try {
			CountingInputStream.class.getDeclaredMethod("read", byte[].class, int.class, int.class);
			return true;
		}
		catch (NoSuchMethodException ex) {
			log.warn("Paho decodes received packets byte by byte (its own CountingInputStream is first on the class "
					+ "path, not mqtt-support's): expect about 30 µs of receive-thread time per 1 KB message");
			return false;
		}
	}

}
