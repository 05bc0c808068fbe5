package org.nordpark.model;

import java.time.Instant;
import java.util.Base64;

/**
 * A message a stage could not process, published on
 * {@code nordpark/v1/deadletter/{stage}} with the reason and the original bytes.
 *
 * @param stage the stage that gave up, e.g. {@code bridge}
 * @param reason why, in one line
 * @param topic the topic the message came on
 * @param receivedAt when the stage received it
 * @param payloadBase64 the original payload, base64
 */
public record DeadLetter(String stage, String reason, String topic, Instant receivedAt, String payloadBase64) {

	public DeadLetter {
		Reading.require(stage, "stage");
		Reading.require(reason, "reason");
		Reading.require(topic, "topic");
		Reading.require(receivedAt, "receivedAt");
		Reading.require(payloadBase64, "payloadBase64");
	}

	/** A dead letter for the given raw payload. */
	public static DeadLetter of(String stage, String reason, String topic, Instant receivedAt, byte[] payload) {
		return new DeadLetter(stage, reason, topic, receivedAt, Base64.getEncoder().encodeToString(payload));
	}

	/** The original payload bytes. */
	public byte[] payload() {
		return Base64.getDecoder().decode(this.payloadBase64);
	}

}
