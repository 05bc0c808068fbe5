package org.nordpark.api.system.caching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** About 6 KB of JSON, above the 2 KB threshold. */
	private static final Object VALUE = Map.of("values", List.of("a".repeat(3000), "b".repeat(3000)));

	private final RenderedJson compressed = new JsonRenderer(JSON, true, DataSize.ofKilobytes(2)).render(VALUE,
			MediaType.APPLICATION_JSON);

	@Test
	void sendsTheGzippedBodyOnlyToClientsThatAcceptGzip() throws IOException {
		for (String accepts : new String[] { "gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "*", "GZIP" }) {
			ResponseEntity<byte[]> response = this.compressed.response(request(accepts));
			assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).as(accepts).isEqualTo("gzip");
			assertThat(gunzip(response.getBody())).as(accepts).isEqualTo(JSON.writeValueAsBytes(VALUE));
		}
		for (String accepts : new String[] { null, "identity", "gzip;q=0", "br", "deflate" }) {
			ResponseEntity<byte[]> response = this.compressed.response(request(accepts));
			assertThat(response.getHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING)).as(accepts).isFalse();
			assertThat(response.getBody()).as(accepts).isEqualTo(JSON.writeValueAsBytes(VALUE));
		}
	}

	@Test
	void sharesOneWeakEtagAcrossEncodingsAndVariesByAcceptEncoding() {
		ResponseEntity<byte[]> gzipped = this.compressed.response(request("gzip"));
		ResponseEntity<byte[]> plain = this.compressed.response(request(null));
		assertThat(gzipped.getHeaders().getETag()).startsWith("W/\"").isEqualTo(plain.getHeaders().getETag());
		assertThat(gzipped.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
		assertThat(plain.getHeaders().getVary()).containsExactly(HttpHeaders.ACCEPT_ENCODING);
		assertThat(plain.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
	}

	@Test
	void leavesSmallAnswersAndDisabledCompressionUncompressed() {
		RenderedJson small = new JsonRenderer(JSON, true, DataSize.ofKilobytes(2)).render(Map.of("a", 1),
				MediaType.APPLICATION_JSON);
		RenderedJson off = new JsonRenderer(JSON, false, DataSize.ofKilobytes(2)).render(VALUE,
				MediaType.APPLICATION_JSON);
		for (RenderedJson rendered : List.of(small, off)) {
			assertThat(rendered.response(request("gzip")).getHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING))
				.isFalse();
		}
	}

	@Test
	void tagsTheContentNotTheInstance() {
		JsonRenderer renderer = new JsonRenderer(JSON, true, DataSize.ofKilobytes(2));
		assertThat(renderer.render(VALUE, MediaType.APPLICATION_JSON).etag()).isEqualTo(this.compressed.etag());
		assertThat(renderer.render(Map.of("values", List.of("c")), MediaType.APPLICATION_JSON).etag())
			.isNotEqualTo(this.compressed.etag());
	}

	private static MockHttpServletRequest request(String acceptEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/sensors");
		if (acceptEncoding != null) {
			request.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
		}
		return request;
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
