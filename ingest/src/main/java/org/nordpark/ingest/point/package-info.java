/** Mapping normalized readings to InfluxDB points (design §5). */
@NullMarked
package org.nordpark.ingest.point;

import org.jspecify.annotations.NullMarked;
