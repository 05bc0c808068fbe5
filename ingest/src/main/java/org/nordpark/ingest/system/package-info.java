/** Cross-cutting wiring of the ingest service: metrics. */
@NullMarked
package org.nordpark.ingest.system;

import org.jspecify.annotations.NullMarked;
