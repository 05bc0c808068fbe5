/**
 * The shared vocabulary of Nordpark: normalized readings, catalog entries, dead letters,
 * MQTT topic names and the InfluxDB schema. Plain Java with Jackson for the JSON form.
 */
@NullMarked
package org.nordpark.model;

import org.jspecify.annotations.NullMarked;
