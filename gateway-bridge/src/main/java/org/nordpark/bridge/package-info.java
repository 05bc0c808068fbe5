/** Nordpark gateway-bridge: ChirpStack v4 MQTT events to normalized readings. */
@NullMarked
package org.nordpark.bridge;

import org.jspecify.annotations.NullMarked;
