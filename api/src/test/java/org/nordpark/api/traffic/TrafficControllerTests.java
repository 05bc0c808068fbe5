package org.nordpark.api.traffic;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.WebSliceTest;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.query.SeriesWindow;
import org.nordpark.api.query.SeriesWindows;
import org.nordpark.model.InfluxSchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The traffic flow's request binding and validation, and how a request becomes a series
 * query (filters, grouping), without a database: {@link SeriesReader} is mocked.
 */
@WebSliceTest(TrafficController.class)
@Import(TrafficFlowReader.class)
class TrafficControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SeriesReader series;

	@Test
	void namesEveryInvalidParameterInRequestOrder() {
		assertThat(this.mvc.get().uri("/api/v1/traffic/flow?every=2h&class=tram&zone=no spaces&sensor=xyz"))
			.hasStatus(400)
			.bodyJson()
			.satisfies((json) -> System.out.println(json));
		assertThat(this.mvc.get().uri("/api/v1/traffic/flow?zone=-bad")).bodyJson()
			.satisfies((json) -> System.out.println(json));
		assertThat(this.mvc.get().uri("/api/v1/traffic/flow?zone=-bad&every=2h")).bodyJson()
			.satisfies((json) -> System.out.println(json));
		verifyNoInteractions(this.series);
	}

}
