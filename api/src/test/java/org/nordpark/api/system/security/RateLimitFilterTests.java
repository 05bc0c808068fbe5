package org.nordpark.api.system.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitFilterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// a refill far slower than the test: the bucket holds exactly the burst
	private final RateLimitFilter filter = new RateLimitFilter(
			new RateLimitProperties(true, 3, 1, Duration.ofHours(1), 100, List.of("127.0.0.1")), JSON);

	@Test
	void refusesOneClientOverTheLimitAndServesAnother() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(request("127.0.0.2").chain.getRequest()).isNotNull();
		}
		Exchange refused = request("127.0.0.2");
		assertThat(refused.chain.getRequest()).isNull();
		assertThat(refused.response.getStatus()).isEqualTo(429);
		assertThat(refused.response.getContentType()).isEqualTo("application/problem+json");
		long retryAfter = Long.parseLong(refused.response.getHeader("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 3600L);
		JsonNode problem = JSON.readTree(refused.response.getContentAsString());
		assertThat(problem.path("type").asString()).isEqualTo("https://nordpark.example/problems/too-many-requests");
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("detail").asString()).contains("retry in " + retryAfter + " s");
		assertThat(request("127.0.0.3").chain.getRequest()).isNotNull();
	}

	@Test
	void neverLimitsExemptAddresses() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(request("127.0.0.1").chain.getRequest()).isNotNull();
		}
	}

	@Test
	void limitsNothingWhenDisabled() throws Exception {
		RateLimitFilter off = new RateLimitFilter(
				new RateLimitProperties(false, 1, 1, Duration.ofHours(1), 100, List.of()), JSON);
		for (int i = 0; i < 5; i++) {
			MockFilterChain chain = new MockFilterChain();
			off.doFilter(servletRequest("127.0.0.2"), new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).isNotNull();
		}
	}

	@Test
	void refusesExemptEntriesThatAreNotAddresses() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitFilter(
					new RateLimitProperties(true, 1, 1, Duration.ofHours(1), 100, List.of("localhost")), JSON))
			.withMessageContaining("'localhost' is not an IP address");
	}

	private Exchange request(String address) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(servletRequest(address), response, chain);
		return new Exchange(chain, response);
	}

	private static MockHttpServletRequest servletRequest(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/sensors");
		request.setRemoteAddr(address);
		return request;
	}

	private record Exchange(MockFilterChain chain, MockHttpServletResponse response) {

	}

}
