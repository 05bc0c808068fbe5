package org.nordpark.api.query;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The {@code from}, {@code to} and {@code every} parameters of a series request, each
 * already converted; {@link SeriesWindows} checks them together and fills the defaults.
 */
public interface WindowQuery {

	@Nullable Instant from();

	@Nullable Instant to();

	@Nullable Interval every();

}
