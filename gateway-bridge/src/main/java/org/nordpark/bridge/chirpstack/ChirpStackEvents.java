package org.nordpark.bridge.chirpstack;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.chirpstack.api.integration.JoinEvent;
import io.chirpstack.api.integration.LogEvent;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.UplinkEvent;
import org.jspecify.annotations.Nullable;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Device;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.DeviceLog;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.DeviceStatus;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;

/**
 * Reads the ChirpStack events the bridge handles into its own model, detecting the
 * encoding of each message: a JSON event is an object, so its first non-blank byte is
 * <code>{</code>; a binary event starts with a protobuf tag byte (0x0A or 0x08). JSON
 * {@code up} events, nearly all of the traffic, are read by {@link UplinkReader} in one
 * pass; everything else goes through the generated messages. Thread-safe.
 */
public final class ChirpStackEvents {

	private final UplinkReader uplinks = new UplinkReader();

	private final JsonFormatEvents jsonFormat = new JsonFormatEvents();

	/** Reads an {@code up} event; {@link MalformedEventException} when it is not one. */
	public Uplink uplink(byte[] payload) {
		if (isJson(requireContent(EventType.UP, payload))) {
			JsonFormatEvents.requireUtf8(EventType.UP, payload);
			Uplink uplink = this.uplinks.read(payload);
			return (uplink != null) ? uplink : Uplink.of((UplinkEvent) this.jsonFormat.parse(EventType.UP, payload));
		}
		return Uplink.of((UplinkEvent) protobuf(EventType.UP, payload));
	}

	/**
	 * Reads a {@code status} event; {@link MalformedEventException} when it is not one.
	 */
	public DeviceStatus status(byte[] payload) {
		return DeviceStatus.of((StatusEvent) parse(EventType.STATUS, payload));
	}

	/** Reads a {@code join} event: the device that joined, if it names one. */
	public @Nullable Device join(byte[] payload) {
		JoinEvent join = (JoinEvent) parse(EventType.JOIN, payload);
		return join.hasDeviceInfo() ? Device.of(join.getDeviceInfo()) : null;
	}

	/** Reads a {@code log} event; {@link MalformedEventException} when it is not one. */
	public DeviceLog log(byte[] payload) {
		return DeviceLog.of((LogEvent) parse(EventType.LOG, payload));
	}

	/** The generated message of an event, from either encoding. */
	private Message parse(EventType type, byte[] payload) {
		if (isJson(requireContent(type, payload))) {
			JsonFormatEvents.requireUtf8(type, payload);
			return this.jsonFormat.parse(type, payload);
		}
		return protobuf(type, payload);
	}

	private static Message protobuf(EventType type, byte[] payload) {
		try {
			return type.prototype().getParserForType().parseFrom(payload);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedEventException(
					"invalid protobuf " + type.id() + " event: " + JsonFormatEvents.firstLine(ex.getMessage()));
		}
	}

	private static byte[] requireContent(EventType type, byte[] payload) {
		if (payload.length == 0) {
			throw new MalformedEventException("empty " + type.id() + " event");
		}
		return payload;
	}

	static boolean isJson(byte[] payload) {
		for (byte b : payload) {
			if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
				continue;
			}
			return b == '{';
		}
		return false;
	}

}
