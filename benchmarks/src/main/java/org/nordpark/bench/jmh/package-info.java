/**
 * JMH micro-benchmarks of the bridge's hot path: the ChirpStack parser and every device
 * decoder ({@code bench/jmh.sh}).
 */
@NullMarked
package org.nordpark.bench.jmh;

import org.jspecify.annotations.NullMarked;
