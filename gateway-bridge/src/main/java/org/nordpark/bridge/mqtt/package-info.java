/**
 * The MQTT side: Paho v5 client lifecycle, the subscription to ChirpStack's events,
 * publishing readings, catalog entries and dead letters, and manual acknowledgements.
 */
@NullMarked
package org.nordpark.bridge.mqtt;

import org.jspecify.annotations.NullMarked;
