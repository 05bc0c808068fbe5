/** Throughput measurements of the bridge (run by hand, see bench/gateway-bridge). */
@NullMarked
package org.nordpark.bridge.bench;

import org.jspecify.annotations.NullMarked;
