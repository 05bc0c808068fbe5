package org.nordpark.api.sensor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sensor status is judged ({@code nordpark.api.status}).
 *
 * @param offlineAfter silence after which a sensor without an {@code uplinkIntervalS}
 * setting counts as offline
 * @param intervalFactor a sensor with an {@code uplinkIntervalS} setting counts as
 * offline after this many intervals of silence
 * @param completenessWindow window over which completeness is computed from frame counter
 * gaps
 */
@ConfigurationProperties("nordpark.api.status")
public record StatusProperties(@DefaultValue("2h") Duration offlineAfter, @DefaultValue("2.5") double intervalFactor,
		@DefaultValue("24h") Duration completenessWindow) {

}
