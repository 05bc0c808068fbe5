/**
 * What the series endpoints share: the typed request values and their converters
 * ({@link org.nordpark.api.query.ParameterConverter}), constraints
 * ({@link org.nordpark.api.query.Label}, {@link org.nordpark.api.query.SeriesField}), the
 * time window rules ({@link org.nordpark.api.query.SeriesWindows}), the series query and
 * its result.
 */
@NullMarked
package org.nordpark.api.query;

import org.jspecify.annotations.NullMarked;
