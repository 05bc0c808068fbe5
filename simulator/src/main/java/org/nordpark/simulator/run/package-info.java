/**
 * Running the simulation: the deterministic event loop, backfill and live modes, MQTT
 * publishing with back-pressure, configuration and health.
 */
@NullMarked
package org.nordpark.simulator.run;

import org.jspecify.annotations.NullMarked;
