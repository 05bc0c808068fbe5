package org.nordpark.api.system.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nordpark.api.system.problem.ProblemType;
import org.nordpark.api.system.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the requests of each client address with a Bucket4j token bucket: {@code burst}
 * at once, {@code refill} per {@code period} after that. A request over the limit gets
 * 429 problem+json with {@code Retry-After} (seconds until the next request is allowed)
 * and never reaches the api. Buckets live in a bounded Caffeine cache that forgets idle
 * addresses.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final RateLimitProperties properties;

	private final JsonMapper json;

	private final Set<InetAddress> exempt;

	private final Cache<InetAddress, Bucket> buckets;

	RateLimitFilter(RateLimitProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.exempt = parse(properties);
		// an idle address's bucket is full again after burst / rate; forgetting it then
		// changes nothing
		Duration refillAll = properties.period()
			.multipliedBy(Math.max(1, (properties.burst() + properties.refill() - 1) / properties.refill()));
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(refillAll.plusMinutes(1))
			.build();
	}

	private static Set<InetAddress> parse(RateLimitProperties properties) {
		Set<InetAddress> addresses = new HashSet<>();
		for (String address : properties.exempt()) {
			try {
				addresses.add(literal(address.strip()));
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(
						"nordpark.api.rate-limit.exempt: '" + address + "' is not an IP address", ex);
			}
		}
		return Set.copyOf(addresses);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		InetAddress client = clientAddress(request);
		if (!this.properties.enabled() || client == null || this.exempt.contains(client)) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = this.buckets.get(client, (address) -> newBucket()).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		log.debug("refused request over the rate limit [client: {}, path: {}, retry after: {} s]",
				client.getHostAddress(), request.getRequestURI(), retryAfter);
		String detail = "more than " + this.properties.burst() + " requests at once or " + this.properties.refill()
				+ " per " + this.properties.period().toSeconds() + " s from this address; retry in " + retryAfter
				+ " s";
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		Problems.write(response, ProblemType.TOO_MANY_REQUESTS, detail, request.getRequestURI(), this.json);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.properties.burst())
				.refillGreedy(this.properties.refill(), this.properties.period()))
			.build();
	}

	private static InetAddress clientAddress(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (address == null) {
			return null;
		}
		try {
			return literal(address);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/** An IPv4 or IPv6 address literal, parsed without a name lookup. */
	static InetAddress literal(String address) throws UnknownHostException {
		if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
			throw new UnknownHostException(address + " is not an IP address literal");
		}
		return InetAddress.getByName(address);
	}

}
