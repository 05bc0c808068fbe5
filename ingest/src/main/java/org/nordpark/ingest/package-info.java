/** Nordpark ingest: Normalized readings into InfluxDB. */
@NullMarked
package org.nordpark.ingest;

import org.jspecify.annotations.NullMarked;
