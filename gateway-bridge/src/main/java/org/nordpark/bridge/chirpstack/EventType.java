package org.nordpark.bridge.chirpstack;

import java.util.Locale;

import com.google.protobuf.Message;
import io.chirpstack.api.integration.JoinEvent;
import io.chirpstack.api.integration.LogEvent;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.UplinkEvent;
import org.jspecify.annotations.Nullable;

/**
 * The events ChirpStack's MQTT integration publishes; the type is only in the last topic
 * level, never in the payload. The bridge reads {@code up}, {@code status}, {@code join}
 * and {@code log} events and skips the others unread.
 */
public enum EventType {

	UP(UplinkEvent.getDefaultInstance()), JOIN(JoinEvent.getDefaultInstance()),
	STATUS(StatusEvent.getDefaultInstance()), LOG(LogEvent.getDefaultInstance()), ACK(null), TXACK(null),
	LOCATION(null),
	/** Any other event (e.g. the removed {@code integration} event): counted, skipped. */
	OTHER(null);

	private final @Nullable Message prototype;

	EventType(@Nullable Message prototype) {
		this.prototype = prototype;
	}

	/** The lower-case name used in topics and metrics, e.g. {@code up}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the bridge reads events of this type. */
	public boolean isRead() {
		return this.prototype != null;
	}

	/** The empty generated message of this type. */
	Message prototype() {
		if (this.prototype == null) {
			throw new IllegalStateException("the bridge does not read " + id() + " events");
		}
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
