/**
 * The load harness behind {@code bench/*.sh}: starts real mosquitto, influxd and the
 * services' exec jars, drives them and prints a results table.
 */
@NullMarked
package org.nordpark.bench.load;

import org.jspecify.annotations.NullMarked;
