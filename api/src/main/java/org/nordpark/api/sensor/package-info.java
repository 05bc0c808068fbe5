/**
 * Sensors: the catalog with status, one sensor with its latest values, and a field's time
 * series.
 */
@NullMarked
package org.nordpark.api.sensor;

import org.jspecify.annotations.NullMarked;
