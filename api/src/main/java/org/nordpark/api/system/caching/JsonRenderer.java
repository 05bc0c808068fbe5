package org.nordpark.api.system.caching;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Serialises answers ahead of the requests, with the same mapper (and so the same output)
 * as Spring MVC's message converter, and gzips them once when the server's compression
 * ({@code server.compression.*}) would compress them.
 */
@Component
public class JsonRenderer {

	private final JsonMapper json;

	private final boolean compression;

	private final long minCompressedSize;

	public JsonRenderer(JsonMapper json, @Value("${server.compression.enabled:false}") boolean compression,
			@Value("${server.compression.min-response-size:2KB}") DataSize minCompressedSize) {
		this.json = json;
		this.compression = compression;
		this.minCompressedSize = minCompressedSize.toBytes();
	}

	/**
	 * The value as JSON of the given media type (JSON or a JSON-based one like GeoJSON).
	 */
	public RenderedJson render(Object value, MediaType contentType) {
		byte[] body = this.json.writeValueAsBytes(value);
		return new RenderedJson(body, contentType, this.compression && body.length >= this.minCompressedSize);
	}

}
