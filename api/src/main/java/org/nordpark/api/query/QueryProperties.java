package org.nordpark.api.query;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and defaults of the series queries ({@code nordpark.api.query}).
 *
 * @param maxRange longest allowed span between {@code from} and {@code to}
 * @param maxPoints most intervals one series may have ({@code (to - from) / every})
 * @param defaultRange span used when {@code from} is omitted
 * @param targetPoints when {@code every} is omitted, the finest interval giving at most
 * this many points is used
 * @param hourlyAfter ranges longer than this read the hourly rollups (retention policy
 * {@code hourly}) when the interval is at least an hour and the aggregation has a rollup
 * @param stateLookback how far back the latest state of a sensor (a parking bay, the last
 * uplink) is looked for
 */
@ConfigurationProperties("nordpark.api.query")
public record QueryProperties(@DefaultValue("400d") Duration maxRange, @DefaultValue("5000") int maxPoints,
		@DefaultValue("24h") Duration defaultRange, @DefaultValue("500") int targetPoints,
		@DefaultValue("3d") Duration hourlyAfter, @DefaultValue("30d") Duration stateLookback) {

}
