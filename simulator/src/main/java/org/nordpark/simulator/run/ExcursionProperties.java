package org.nordpark.simulator.run;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Excursion mode ({@code nordpark.simulator.excursion}): the live run plays a whole match
 * day, from {@code beforeKickoff} before kick-off to {@code afterKickoff} after it, in
 * {@code duration} of real time, then plays it again, for as long as it runs. A group
 * that arrives at any moment sees the site busy within a minute or two. Overrides
 * {@code speed} and {@code live-start}.
 *
 * @param duration real time one match day takes; unset: no excursion mode
 * @param beforeKickoff start of the played window before kick-off (the arrival wave
 * starts 3 h before it)
 * @param afterKickoff end of the played window after kick-off (the last cars leave about
 * 3 h 20 min after it)
 */
@ConfigurationProperties("nordpark.simulator.excursion")
public record ExcursionProperties(@Nullable Duration duration, @DefaultValue("4h") Duration beforeKickoff,
		@DefaultValue("4h") Duration afterKickoff) {

	public ExcursionProperties {
		if (duration != null && (duration.isZero() || duration.isNegative())) {
			throw new IllegalArgumentException("excursion duration must be positive, was " + duration);
		}
	}

	/** Whether excursion mode is on. */
	public boolean enabled() {
		return this.duration != null;
	}

}
