/**
 * Simulated devices: one class per sensor model that turns the scenario at a moment into
 * that model's payload, keeps the device's state (frame counter, counters since power-up,
 * bin fill, bay occupancy) and knows when it sends next.
 */
@NullMarked
package org.nordpark.simulator.device;

import org.jspecify.annotations.NullMarked;
