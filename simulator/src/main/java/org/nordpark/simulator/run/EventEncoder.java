package org.nordpark.simulator.run;

import org.nordpark.simulator.chirpstack.StatusEvent;
import org.nordpark.simulator.chirpstack.UplinkEvent;

/** Turns events into message payloads: JSON (ChirpStack's default) or protobuf. */
public interface EventEncoder {

	/** An {@code up} event payload. */
	byte[] up(UplinkEvent event);

	/** A {@code status} event payload. */
	byte[] status(StatusEvent event);

}
