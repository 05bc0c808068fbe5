package org.nordpark.api.parking;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nordpark.api.WebSliceTest;
import org.nordpark.api.query.Interval;
import org.nordpark.api.query.SeriesWindow;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.nordpark.api.ProblemResponses.invalid;
import static org.nordpark.api.ProblemResponses.parameters;
import static org.nordpark.api.ProblemResponses.problem;

/**
 * The occupancy request: zone and window checked before the database is asked, and the
 * window a valid request reads. The occupancy reader is mocked.
 */
@WebSliceTest(ParkingController.class)
class ParkingControllerTests {

	private static final String OCCUPANCY = "/api/v1/parking/occupancy";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OccupancyReader occupancy;

	@Test
	void rejectsBadZonesTimesAndIntervalsTogether() {
		JsonNode problem = invalid(get(OCCUPANCY + "?zone=P1;DROP&from=2025-03-12T16:00:00&to=tomorrow&every=90s"));
		assertThat(parameters(problem)).containsExactly("zone", "from", "to", "every");
		assertThat(problem.path("detail").asString()).endsWith("(and 3 more)");
		verifyNoInteractions(this.occupancy);
	}

	@Test
	void limitsTheNumberOfPoints() {
		problem(get(OCCUPANCY + "?from=2025-01-01T00:00:00Z&to=2025-03-01T00:00:00Z&every=1m"), 400, "too-many-points");
		verifyNoInteractions(this.occupancy);
	}

	@Test
	void readsTheZonesOccupancyOverTheWindow() {
		given(this.occupancy.read(any(), any()))
			.willReturn(new OccupancyResponse("1h", Instant.EPOCH, Instant.EPOCH, "raw", List.of()));
		assertThat(get(OCCUPANCY + "?zone=P1&from=2025-03-12T18:00:00%2B01:00&to=2025-03-12T19:00:00%2B01:00&every=1h"))
			.hasStatusOk();
		ArgumentCaptor<SeriesWindow> window = ArgumentCaptor.forClass(SeriesWindow.class);
		verify(this.occupancy).read(eq("P1"), window.capture());
		assertThat(window.getValue().range().from()).isEqualTo(Instant.parse("2025-03-12T17:00:00Z"));
		assertThat(window.getValue().every()).isEqualTo(Interval.H1);
	}

	@Test
	void answersCsvOnRequest() {
		given(this.occupancy.read(any(), any()))
			.willReturn(new OccupancyResponse("1h", Instant.EPOCH, Instant.EPOCH, "raw", List.of()));
		assertThat(this.mvc.get().uri(OCCUPANCY).accept("text/csv").exchange()).hasStatusOk()
			.hasContentTypeCompatibleWith("text/csv");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

}
