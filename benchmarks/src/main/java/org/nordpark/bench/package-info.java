/**
 * Benchmarks: JMH micro-benchmarks ({@code jmh}) and the load harness behind
 * {@code bench/*.sh} ({@code load}); never run by CI.
 */
@NullMarked
package org.nordpark.bench;

import org.jspecify.annotations.NullMarked;
