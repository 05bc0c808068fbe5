/**
 * System tests: the real gateway-bridge, ingest and api against real Mosquitto and
 * InfluxDB, with faults injected and hostile input, proven by counting.
 */
@NullMarked
package org.nordpark.systemtests;

import org.jspecify.annotations.NullMarked;
