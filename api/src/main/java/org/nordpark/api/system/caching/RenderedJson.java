package org.nordpark.api.system.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;

/**
 * An answer serialised once and then sent as the same bytes to every request until the
 * next refresh, with an ETag from its content: 200 clients cost one serialisation per
 * cache period, and a client that polls with {@code If-None-Match} gets 304 while nothing
 * changed. When compression is on, the body is also gzipped once, for the clients that
 * accept gzip (browsers and most HTTP libraries), instead of once per request. The ETag
 * is weak, so both encodings share it.
 */
public final class RenderedJson {

	private static final String GZIP = "gzip";

	private final byte[] body;

	private final byte @Nullable [] gzipped;

	private final MediaType contentType;

	private final String etag;

	RenderedJson(byte[] body, MediaType contentType, boolean compress) {
		this.body = body;
		this.gzipped = compress ? gzip(body) : null;
		this.contentType = contentType;
		this.etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
	}

	/** The ETag of the body, a weak entity tag in quotes. */
	public String etag() {
		return this.etag;
	}

	/**
	 * A 200 answer with the body (gzipped if held so and the request accepts gzip), its
	 * content type and ETag; for a GET or HEAD whose {@code If-None-Match} matches,
	 * Spring MVC turns it into 304 without a body.
	 */
	public ResponseEntity<byte[]> response(HttpServletRequest request) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(this.contentType)
			.eTag(this.etag)
			.varyBy(HttpHeaders.ACCEPT_ENCODING);
		if (this.gzipped != null && acceptsGzip(request)) {
			return answer.header(HttpHeaders.CONTENT_ENCODING, GZIP).body(this.gzipped);
		}
		return answer.body(this.body);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			try {
				for (AcceptEncoding coding : AcceptEncoding.parse(new StringReader(header))) {
					if ((GZIP.equalsIgnoreCase(coding.getEncoding()) || "*".equals(coding.getEncoding()))
							&& coding.getQuality() > 0) {
						return true;
					}
				}
			}
			catch (IOException ex) {
				// an unreadable header: answer uncompressed
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
