package org.nordpark.api.stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live stream of readings. */
@RestController
@Tag(name = "stream", description = "Live readings as Server-Sent Events")
class StreamController {

	private static final String EXAMPLE = """
			retry:3000
			:connected

			id:5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41
			event:reading
			data:{"schema":1,"uplinkId":"5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41","sensorId":"70b3d5e75e00a101","sensorName":"P1 bay 001","model":"bosch-tps110","kind":"parking","zone":"P1","time":"2025-03-12T17:05:00.123Z","observations":[{"dims":{},"values":{"occupied":1}}],"link":{"rssi":-97,"snr":6.25,"gateways":2,"sf":9,"fCnt":1432}}

			:heartbeat
			""";

	private final ReadingHub hub;

	StreamController(ReadingHub hub) {
		this.hub = hub;
	}

	@GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live readings (Server-Sent Events)",
			description = "Every new reading (design §4) as an event named `reading` whose data is the reading JSON "
					+ "and whose id is the uplink id. A `retry:` field and a `:connected` comment open the stream; a "
					+ "`:heartbeat` comment follows every `nordpark.api.stream.heartbeat` (15 s) of quiet. A client "
					+ "too slow to keep up loses its oldest readings and gets an event `dropped` with data "
					+ "`{\"count\":n}`. The stream closes after `nordpark.api.stream.timeout`; EventSource "
					+ "reconnects by itself.",
			responses = @ApiResponse(responseCode = "200", description = "the event stream",
					content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
							examples = @ExampleObject(name = "readings", value = EXAMPLE))))
	SseEmitter stream(@ParameterObject @Valid StreamFilter filter) {
		return this.hub.open(filter);
	}

}
