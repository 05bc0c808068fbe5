package org.nordpark.ingest.mqtt;

/**
 * One received MQTT message as far as acknowledging and dead-lettering need it.
 *
 * @param topic the topic it came on
 * @param payload its bytes
 * @param id the packet id to acknowledge
 * @param qos its QoS
 * @param connection the connection it came on (acknowledgements on a later connection
 * could hit a reused packet id)
 */
record Delivery(String topic, byte[] payload, int id, int qos, long connection) {

}
