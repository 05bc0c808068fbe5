/**
 * Payload encoders: sensor values to the uplink bytes of each device model, written from
 * the byte layouts in {@code shared/devices.md}. They share no code with the bridge's
 * decoders, so each side tests the other.
 */
@NullMarked
package org.nordpark.simulator.encode;

import org.jspecify.annotations.NullMarked;
