/**
 * Real {@code mosquitto} and {@code influxd} processes for tests: started on free
 * loopback ports with generated configs and temporary directories, shared per test JVM,
 * restartable for fault injection. Never used by production code.
 */
@NullMarked
package org.nordpark.testsupport;

import org.jspecify.annotations.NullMarked;
