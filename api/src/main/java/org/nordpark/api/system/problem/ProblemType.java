package org.nordpark.api.system.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API reports, each with a stable {@code type} URI, a title and
 * a status. Clients may switch on the URI; it never changes for a kind.
 */
public enum ProblemType {

	/** A query or path parameter is malformed, unknown or not allowed. */
	INVALID_PARAMETER("invalid-parameter", "Invalid request parameter", HttpStatus.BAD_REQUEST),
	/** {@code from} and {@code to} span more than the configured maximum. */
	RANGE_TOO_LONG("range-too-long", "Time range too long", HttpStatus.BAD_REQUEST),
	/** The query would return more points per series than allowed. */
	TOO_MANY_POINTS("too-many-points", "Too many points", HttpStatus.BAD_REQUEST),
	/** The sensor is not in the catalog. */
	UNKNOWN_SENSOR("unknown-sensor", "Unknown sensor", HttpStatus.NOT_FOUND),
	/** No such resource. */
	NOT_FOUND("not-found", "Resource not found", HttpStatus.NOT_FOUND),
	/** The method is not supported on this resource. */
	METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
	/** None of the media types in {@code Accept} can be produced. */
	NOT_ACCEPTABLE("not-acceptable", "Representation not available", HttpStatus.NOT_ACCEPTABLE),
	/** The API key is missing or wrong. */
	UNAUTHORIZED("unauthorized", "API key required", HttpStatus.UNAUTHORIZED),
	/** The live stream has reached its client limit. */
	TOO_MANY_CLIENTS("too-many-clients", "Too many live stream clients", HttpStatus.SERVICE_UNAVAILABLE),
	/** The client has made more requests than its rate limit allows. */
	TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
	/** The database (or broker) cannot be reached. */
	BACKEND_UNAVAILABLE("backend-unavailable", "Data store unavailable", HttpStatus.SERVICE_UNAVAILABLE),
	/**
	 * The servlet container refused the request before the api saw it: an encoded slash,
	 * backslash or NUL in the path, invalid percent-encoding, an invalid character.
	 */
	MALFORMED_REQUEST("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST),
	/** The request line is longer than the server accepts. */
	URI_TOO_LONG("uri-too-long", "Request URI too long", HttpStatus.URI_TOO_LONG),
	/** The request's header fields are larger than the server accepts. */
	HEADERS_TOO_LARGE("headers-too-large", "Request header fields too large",
			HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
	/** Any other client error reported by the framework. */
	BAD_REQUEST("bad-request", "Bad request", HttpStatus.BAD_REQUEST),
	/** An unexpected error on the server. */
	INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

	/** Base of every problem type URI. */
	public static final String BASE = "https://nordpark.example/problems/";

	private final URI uri;

	private final String title;

	private final HttpStatus status;

	ProblemType(String slug, String title, HttpStatus status) {
		this.uri = URI.create(BASE + slug);
		this.title = title;
		this.status = status;
	}

	public URI uri() {
		return this.uri;
	}

	public String title() {
		return this.title;
	}

	public HttpStatus status() {
		return this.status;
	}

}
