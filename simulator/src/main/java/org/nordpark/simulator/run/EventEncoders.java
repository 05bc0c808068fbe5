package org.nordpark.simulator.run;

import org.nordpark.simulator.chirpstack.ChirpStackTenant;
import org.nordpark.simulator.chirpstack.JsonEventWriter;
import org.nordpark.simulator.chirpstack.ProtobufEventWriter;
import org.nordpark.simulator.chirpstack.StatusEvent;
import org.nordpark.simulator.chirpstack.UplinkEvent;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;

/** The encoder for a payload format. */
final class EventEncoders {

	private EventEncoders() {
	}

	static EventEncoder of(EventFormat format, ChirpStackTenant tenant) {
		JsonEventWriter json = new JsonEventWriter(tenant);
		return switch (format) {
			case JSON -> new EventEncoder() {

				@Override
				public byte[] up(UplinkEvent event) {
					return json.up(event);
				}

				@Override
				public byte[] status(StatusEvent event) {
					return json.status(event);
				}

			};
			case PROTOBUF -> {
				ProtobufEventWriter protobuf = new ProtobufEventWriter(json);
				yield new EventEncoder() {

					@Override
					public byte[] up(UplinkEvent event) {
						return protobuf.up(event);
					}

					@Override
					public byte[] status(StatusEvent event) {
						return protobuf.status(event);
					}

				};
			}
		};
	}

}
