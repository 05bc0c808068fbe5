package org.nordpark.api.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.caching.RefreshingValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The simulated clock, read from the simulator's {@code /scenario} at most every 2 s
 * (whatever the number of clients) and carried forward to the moment of each request.
 * Without {@code nordpark.live.scenario-url}, or while the simulator does not answer, the
 * clock is the real one.
 */
@Component
class SiteClockSource {

	private static final Logger log = LoggerFactory.getLogger(SiteClockSource.class);

	private static final Duration REFRESH = Duration.ofSeconds(2);

	private final @Nullable URI scenarioUrl;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final RefreshingValue<Reading> reading;

	private volatile boolean failing;

	SiteClockSource(LiveProperties properties, JsonMapper json, Clock clock) {
		this.scenarioUrl = properties.scenarioUrl();
		this.json = json;
		this.clock = clock;
		this.reading = new RefreshingValue<>(REFRESH, this::read);
	}

	/** The clock now. */
	SiteClock now() {
		Instant now = this.clock.instant();
		if (this.scenarioUrl == null) {
			return SiteClock.real(now);
		}
		Reading held = this.reading.get();
		SiteClock read = held.clock();
		if (read == null || read.simulatedTime() == null || read.speed() == null) {
			return SiteClock.real(now);
		}
		long elapsed = Duration.between(held.readAt(), now).toNanos();
		OffsetDateTime simulated = read.simulatedTime().plusNanos(Math.round(elapsed * read.speed()));
		return new SiteClock("simulated", now, simulated, read.phase(), read.speed(), read.loop(), read.loopLength());
	}

	private Reading read() {
		Instant readAt = this.clock.instant();
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(this.scenarioUrl).timeout(Duration.ofSeconds(2)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return failed(readAt, "status " + response.statusCode());
			}
			JsonNode body = this.json.readTree(response.body());
			this.failing = false;
			return new Reading(readAt, new SiteClock("simulated", readAt,
					OffsetDateTime.parse(body.path("scenarioTime").asString()), body.path("phase").asString(),
					body.path("speed").asDouble(), body.path("loop").isNumber() ? body.path("loop").asLong() : null,
					body.path("loopLength").isString() ? Duration.parse(body.path("loopLength").asString()) : null));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed(readAt, "interrupted");
		}
		catch (Exception ex) {
			return failed(readAt, ex.getMessage());
		}
	}

	private Reading failed(Instant readAt, @Nullable String reason) {
		if (!this.failing) {
			log.info("simulated clock not available, showing the real one [url: {}, reason: {}]", this.scenarioUrl,
					reason);
			this.failing = true;
		}
		return new Reading(readAt, null);
	}

	private record Reading(Instant readAt, @Nullable SiteClock clock) {

	}

}
