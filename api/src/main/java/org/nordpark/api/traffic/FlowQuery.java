package org.nordpark.api.traffic;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Interval;
import org.nordpark.api.query.Label;
import org.nordpark.api.query.WindowQuery;
import org.nordpark.model.DevEui;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The parameters of the traffic flow.
 *
 * @param sensor only this counter
 * @param zone only counters in this zone
 * @param objectClass only this object class ({@code class}); {@code all} sums the classes
 * @param direction only this direction label
 * @param from inclusive start
 * @param to exclusive end
 * @param every the interval
 */
record FlowQuery(@Nullable DevEui sensor, @Nullable @Label String zone,
		@Parameter(name = "class") @BindParam("class") @Nullable ObjectClass objectClass,
		@Nullable @Label String direction, @Nullable Instant from, @Nullable Instant to,
		@Nullable Interval every) implements WindowQuery {

}
