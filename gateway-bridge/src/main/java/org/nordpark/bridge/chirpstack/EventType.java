package org.nordpark.bridge.chirpstack;

import java.util.Locale;

import com.google.protobuf.Message;
import io.chirpstack.api.integration.AckEvent;
import io.chirpstack.api.integration.JoinEvent;
import io.chirpstack.api.integration.LocationEvent;
import io.chirpstack.api.integration.LogEvent;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.TxAckEvent;
import io.chirpstack.api.integration.UplinkEvent;
import org.jspecify.annotations.Nullable;

/**
 * The events ChirpStack's MQTT integration publishes; the type is only in the last topic
 * level, never in the payload.
 */
public enum EventType {

	UP(UplinkEvent.getDefaultInstance()), JOIN(JoinEvent.getDefaultInstance()),
	STATUS(StatusEvent.getDefaultInstance()), ACK(AckEvent.getDefaultInstance()),
	TXACK(TxAckEvent.getDefaultInstance()), LOG(LogEvent.getDefaultInstance()),
	LOCATION(LocationEvent.getDefaultInstance()),
	/** Any other event (e.g. the removed {@code integration} event): counted, ignored. */
	OTHER(null);

	private final @Nullable Message prototype;

	EventType(@Nullable Message prototype) {
		this.prototype = prototype;
	}

	/** The lower-case name used in topics and metrics, e.g. {@code up}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The empty message of this type, or {@code null} for {@link #OTHER}. */
	@Nullable Message prototype() {
		return this.prototype;
	}

	/** The type named by the last level of an event topic. */
	public static EventType fromTopic(String topic) {
		String last = topic.substring(topic.lastIndexOf('/') + 1);
		for (EventType type : values()) {
			if (type != OTHER && type.id().equals(last)) {
				return type;
			}
		}
		return OTHER;
	}

}
