package org.nordpark.api.ops;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.WebSliceTest;
import org.nordpark.api.catalog.Catalog;
import org.nordpark.api.catalog.SiteManifestSource;
import org.nordpark.api.mqtt.MqttSubscriber;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.nordpark.api.ProblemResponses.invalid;
import static org.nordpark.api.ProblemResponses.message;
import static org.nordpark.api.ProblemResponses.parameters;

/**
 * The dead letter list's parameters: stage label and limit (1..1000, default 100). The
 * API key filter is not part of this slice (see {@code ApiKeyFilterTests}).
 */
@WebSliceTest(OpsController.class)
class OpsControllerTests {

	private static final String DEAD_LETTERS = "/api/v1/ops/deadletters";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DeadLetterLog deadLetters;

	@MockitoBean
	private Catalog catalog;

	@MockitoBean
	private SiteManifestSource site;

	@MockitoBean
	private MqttSubscriber mqtt;

	@Test
	void rejectsLimitsThatAreNotWholeNumbersInRange() {
		assertThat(message(invalid(get(DEAD_LETTERS + "?limit=abc")), "limit"))
			.isEqualTo("'abc' must be a whole number");
		assertThat(message(invalid(get(DEAD_LETTERS + "?limit=0")), "limit"))
			.isEqualTo("'0' must be between 1 and 1000");
		assertThat(message(invalid(get(DEAD_LETTERS + "?limit=1001")), "limit"))
			.isEqualTo("'1001' must be between 1 and 1000");
		JsonNode both = invalid(get(DEAD_LETTERS + "?limit=1e3&stage=bridge%27"));
		assertThat(parameters(both)).containsExactly("stage", "limit");
		verifyNoInteractions(this.deadLetters);
	}

	@Test
	void listsTheRecentDeadLettersOfAStage() {
		given(this.deadLetters.since()).willReturn(Instant.EPOCH);
		given(this.deadLetters.counts()).willReturn(Map.of());
		given(this.deadLetters.recent("bridge", 10)).willReturn(List.of());
		assertThat(get(DEAD_LETTERS + "?stage=bridge&limit=10")).hasStatusOk();
		verify(this.deadLetters).recent("bridge", 10);
		assertThat(get(DEAD_LETTERS)).hasStatusOk();
		assertThat(get(DEAD_LETTERS + "?limit=")).hasStatusOk();
		verify(this.deadLetters, times(2)).recent(null, DeadLetterQuery.DEFAULT_LIMIT);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

}
