/**
 * ChirpStack v4 integration events as ChirpStack publishes them (shared/chirpstack.md
 * §2): the radio side (gateways, RSSI and SNR by distance, spreading factor) and the JSON
 * and protobuf forms of {@code up} and {@code status} events.
 */
@NullMarked
package org.nordpark.simulator.chirpstack;

import org.jspecify.annotations.NullMarked;
