package org.nordpark.api.system.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Requests per client address ({@code nordpark.api.rate-limit}): a token bucket per
 * address, so that a crowd of phones or one misbehaving client cannot starve the others.
 * The live page needs about 30 requests to open and a few per minute after that; its
 * stream is one long request.
 *
 * @param enabled whether requests are limited at all
 * @param burst requests one address may make at once (the bucket's capacity)
 * @param refill requests added back per {@code period}
 * @param period the refill period; the sustained rate is {@code refill / period}
 * @param maxClients addresses tracked at once; the least recently seen are forgotten
 * first (and start again with a full bucket)
 * @param exempt client addresses that are never limited: by default the machine itself
 * (health checks, a local reverse proxy). Behind a proxy or tunnel on the same machine
 * every visitor has the proxy's address: clear this list and let the proxy pass the
 * client address ({@code server.forward-headers-strategy=native})
 */
@ConfigurationProperties("nordpark.api.rate-limit")
@Validated
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("200") @Min(1) long burst,
		@DefaultValue("120") @Min(1) long refill, @DefaultValue("1m") Duration period,
		@DefaultValue("10000") @Min(1) int maxClients, @DefaultValue( {
				"127.0.0.1", "0:0:0:0:0:0:0:1" }) List<String> exempt){

	public RateLimitProperties {
		exempt = (exempt == null) ? List.of() : List.copyOf(exempt);
		if (period == null || period.isZero() || period.isNegative()) {
			throw new IllegalArgumentException("nordpark.api.rate-limit.period must be positive");
		}
	}

}
