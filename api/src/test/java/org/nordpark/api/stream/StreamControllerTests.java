package org.nordpark.api.stream;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.nordpark.api.TestData;
import org.nordpark.api.WebSliceTest;
import org.nordpark.model.DevEui;
import org.nordpark.model.SensorKind;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.nordpark.api.ProblemResponses.invalid;
import static org.nordpark.api.ProblemResponses.parameters;

/**
 * The stream request: a client asking for events with bad filters gets a problem+json 400
 * and no stream; good filters become the stream's filter. The hub is mocked.
 */
@WebSliceTest(StreamController.class)
class StreamControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ReadingHub hub;

	@Test
	void rejectsBadFiltersWithAProblemInsteadOfAStream() {
		JsonNode problem = invalid(this.mvc.get()
			.uri(URI.create("/api/v1/stream?kind=car&zone=%20&sensor=abc"))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange());
		assertThat(parameters(problem)).containsExactly("kind", "zone", "sensor");
		verify(this.hub, never()).open(any());
	}

	@Test
	void opensAStreamWithTheFilter() {
		StreamFilter filter = new StreamFilter(SensorKind.PARKING, "P1", new DevEui(TestData.BAY_A));
		SseEmitter finished = new SseEmitter();
		finished.complete();
		given(this.hub.open(filter)).willReturn(finished);
		assertThat(this.mvc.get()
			.uri("/api/v1/stream?kind=parking&zone=P1&sensor=" + TestData.BAY_A.toUpperCase())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()).hasStatusOk();
		verify(this.hub).open(filter);
	}

}
