package org.nordpark.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A LoRaWAN device EUI, normalised to 16 lower-case hex characters. Nordpark uses it as
 * the sensor id.
 *
 * @param value the 16 lower-case hex characters
 */
public record DevEui(String value) {

	private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");

	public DevEui {
		if (value == null) {
			throw new IllegalArgumentException("DevEUI is required");
		}
		value = value.strip().replace("-", "").replace(":", "").toLowerCase(Locale.ROOT);
		if (!HEX16.matcher(value).matches()) {
			throw new IllegalArgumentException("DevEUI must be 16 hex characters");
		}
	}

	/** Parses a DevEUI, accepting upper case and {@code -} or {@code :} separators. */
	public static DevEui of(String value) {
		return new DevEui(value);
	}

	/**
	 * Whether the text is already a normalised sensor id (16 lower-case hex characters).
	 */
	public static boolean isSensorId(String text) {
		return text != null && HEX16.matcher(text).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
