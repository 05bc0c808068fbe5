/**
 * A read-only OGC SensorThings API v1.1 at {@code /sta/v1.1}, generated from the catalog,
 * the site manifest and InfluxDB (docs/design.md, "SensorThings API").
 */
@NullMarked
package org.nordpark.api.sta;

import org.jspecify.annotations.NullMarked;
