/**
 * Validated query parameters shared by the series endpoints: time windows, intervals,
 * aggregations and series results.
 */
@NullMarked
package org.nordpark.api.query;

import org.jspecify.annotations.NullMarked;
