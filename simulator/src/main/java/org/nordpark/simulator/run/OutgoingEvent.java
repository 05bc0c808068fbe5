package org.nordpark.simulator.run;

import java.time.Instant;

/**
 * One MQTT message to publish.
 *
 * @param topic the ChirpStack event topic
 * @param payload JSON or protobuf bytes
 * @param time the event's time (also when a live run publishes it)
 * @param event event type, {@code up} or {@code status}
 * @param devEui the device
 */
public record OutgoingEvent(String topic, byte[] payload, Instant time, String event, String devEui) {

}
