/** Benchmarks of the ingest hot path (run by hand, see bench/ingest/README.md). */
@NullMarked
package org.nordpark.ingest.bench;

import org.jspecify.annotations.NullMarked;
