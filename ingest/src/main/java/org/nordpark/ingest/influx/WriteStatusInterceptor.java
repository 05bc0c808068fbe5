package org.nordpark.ingest.influx;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the answers to {@code /write} that mean "this request is bad" into a
 * {@link WriteRejectedException}, so the writer can tell them from outages by status code
 * rather than by message text.
 */
final class WriteStatusInterceptor implements Interceptor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		int status = response.code();
		if ((status == 400 || status == 413 || status == 422)
				&& chain.request().url().encodedPath().endsWith("/write")) {
			String error = errorOf(response.peekBody(8192).string());
			if (!error.contains("not found")) {
				// a missing database or retention policy is set-up work, not a bad
				// request
				response.close();
				throw new WriteRejectedException(status, "InfluxDB answered " + status + ": " + error);
			}
		}
		return response;
	}

	private static String errorOf(String body) {
		try {
			String error = JSON.readTree(body).path("error").asString(null);
			return (error != null) ? error : body.strip();
		}
		catch (JacksonException ex) {
			return body.strip();
		}
	}

}
