/**
 * The SensorThings MQTT receiving extension: new Observations, made from the readings the
 * api already receives, published on {@code v1.1/Datastreams(id)/Observations}.
 */
@NullMarked
package org.nordpark.api.sta.mqtt;

import org.jspecify.annotations.NullMarked;
