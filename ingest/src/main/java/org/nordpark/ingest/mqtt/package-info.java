/** The MQTT side: the shared subscription to readings, manual acks, dead letters. */
@NullMarked
package org.nordpark.ingest.mqtt;

import org.jspecify.annotations.NullMarked;
