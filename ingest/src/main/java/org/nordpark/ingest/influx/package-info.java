/** InfluxDB access: database set-up, batching writes with retries, health. */
@NullMarked
package org.nordpark.ingest.influx;

import org.jspecify.annotations.NullMarked;
