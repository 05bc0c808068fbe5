package org.nordpark.api.system.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nordpark.api.system.ApiProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyFilterTests {

	@Test
	void protectsOperationsAndActuatorButHealthAndInfo() {
		assertThat(ApiKeyFilter.isProtected("/api/v1/ops/deadletters")).isTrue();
		assertThat(ApiKeyFilter.isProtected("/api/v1/ops/catalog/refresh")).isTrue();
		assertThat(ApiKeyFilter.isProtected("/actuator/prometheus")).isTrue();
		assertThat(ApiKeyFilter.isProtected("/actuator")).isTrue();
		assertThat(ApiKeyFilter.isProtected("/actuator/health")).isFalse();
		assertThat(ApiKeyFilter.isProtected("/actuator/health/liveness")).isFalse();
		assertThat(ApiKeyFilter.isProtected("/actuator/info")).isFalse();
		assertThat(ApiKeyFilter.isProtected("/api/v1/sensors")).isFalse();
		assertThat(ApiKeyFilter.isProtected("/api/v1/stream")).isFalse();
		assertThat(ApiKeyFilter.isProtected("/live")).isFalse();
	}

	@Test
	void refusesEveryProtectedRequestWhenNoKeyIsConfigured() throws Exception {
		ApiKeyFilter filter = new ApiKeyFilter(properties(null), JsonMapper.builder().build());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/ops/deadletters");
		request.setServletPath("/api/v1/ops/deadletters");
		request.addHeader("X-API-Key", "");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("no API key is configured");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void passesTheRightKeyAndPublicPaths() throws Exception {
		ApiKeyFilter filter = new ApiKeyFilter(properties("s3cret"), JsonMapper.builder().build());
		MockHttpServletRequest withKey = new MockHttpServletRequest("GET", "/api/v1/ops/deadletters");
		withKey.setServletPath("/api/v1/ops/deadletters");
		withKey.addHeader("X-API-Key", "s3cret");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(withKey, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(withKey);
		MockFilterChain open = new MockFilterChain();
		MockHttpServletRequest zones = new MockHttpServletRequest("GET", "/api/v1/zones");
		zones.setServletPath("/api/v1/zones");
		filter.doFilter(zones, new MockHttpServletResponse(), open);
		assertThat(open.getRequest()).isNotNull();
	}

	@Test
	void masksTheKeyInToString() {
		assertThat(properties("s3cret").toString()).doesNotContain("s3cret").contains("******");
	}

	private static ApiProperties properties(String key) {
		return new ApiProperties(key, Path.of("x.yaml"), Duration.ofSeconds(1), 10,
				new ApiProperties.Cors(List.of("*"), Duration.ofMinutes(30)));
	}

}
