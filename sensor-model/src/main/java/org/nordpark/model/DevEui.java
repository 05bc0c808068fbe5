package org.nordpark.model;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A LoRaWAN device EUI, normalised to 16 lower-case hex characters. Nordpark uses it as
 * the sensor id.
 *
 * @param value the 16 lower-case hex characters
 */
public record DevEui(String value) {

	public DevEui {
		if (value == null) {
			throw new IllegalArgumentException("DevEUI is required");
		}
		if (!isSensorId(value)) {
			value = value.strip().replace("-", "").replace(":", "").toLowerCase(Locale.ROOT);
			if (!isSensorId(value)) {
				throw new IllegalArgumentException("DevEUI must be 16 hex characters");
			}
		}
	}

	/** Parses a DevEUI, accepting upper case and {@code -} or {@code :} separators. */
	public static DevEui of(String value) {
		return new DevEui(value);
	}

	/**
	 * Whether the text is already a normalised sensor id (16 lower-case hex characters).
	 */
	public static boolean isSensorId(@Nullable String text) {
		if (text == null || text.length() != 16) {
			return false;
		}
		for (int i = 0; i < 16; i++) {
			char c = text.charAt(i);
			if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
