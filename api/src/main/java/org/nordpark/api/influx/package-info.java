/** Read-only access to InfluxDB with bound parameters, and its health. */
@NullMarked
package org.nordpark.api.influx;

import org.jspecify.annotations.NullMarked;
