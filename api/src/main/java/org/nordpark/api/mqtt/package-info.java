/**
 * The MQTT subscription that feeds the catalog, the live stream and the dead-letter log.
 */
@NullMarked
package org.nordpark.api.mqtt;

import org.jspecify.annotations.NullMarked;
