package org.nordpark.mqtt;

import java.util.Arrays;

import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.MqttPubAck;
import org.eclipse.paho.mqttv5.common.packet.MqttPublish;
import org.eclipse.paho.mqttv5.common.packet.MqttWireMessage;
import org.eclipse.paho.mqttv5.common.packet.util.CountingInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Paho decodes with mqtt-support's CountingInputStream, and decodes right with it. */
class PahoDecodingTests {

	@Test
	void mqttSupportsCountingStreamShadowsPahos() throws Exception {
		assertThat(PahoDecoding.isBulk()).isTrue();
		assertThat(CountingInputStream.class.getProtectionDomain().getCodeSource().getLocation().toString())
			.doesNotContain("org.eclipse.paho");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 127, 128, 1100, 16_384, 300_000 })
	void decodesPublishesOfEverySizeAsPahoEncodesThem(int size) throws Exception {
		byte[] payload = new byte[size];
		for (int i = 0; i < size; i++) {
			payload[i] = (byte) (i * 31);
		}
		MqttMessage message = new MqttMessage(payload, 1, false, null);
		MqttProperties properties = new MqttProperties();
		properties.setContentType("application/json");
		properties.setMessageExpiryInterval(60L);
		MqttPublish sent = new MqttPublish("application/1/device/0011223344556677/event/up", message, properties);
		sent.setMessageId(4711);

		MqttWireMessage decoded = MqttWireMessage.createWireMessage(sent.serialize());

		assertThat(decoded).isInstanceOf(MqttPublish.class);
		MqttPublish received = (MqttPublish) decoded;
		assertThat(received.getTopicName()).isEqualTo("application/1/device/0011223344556677/event/up");
		assertThat(received.getMessageId()).isEqualTo(4711);
		assertThat(received.getMessage().getQos()).isEqualTo(1);
		assertThat(Arrays.equals(received.getMessage().getPayload(), payload)).isTrue();
		assertThat(received.getProperties().getContentType()).isEqualTo("application/json");
		assertThat(received.getProperties().getMessageExpiryInterval()).isEqualTo(60L);
	}

	@Test
	void decodesAcknowledgementsWithReasonAndProperties() throws Exception {
		MqttProperties properties = new MqttProperties();
		properties.setReasonString("quota");
		MqttPubAck sent = new MqttPubAck(0x97, 12, properties);

		MqttPubAck received = (MqttPubAck) MqttWireMessage.createWireMessage(sent.serialize());

		assertThat(received.getMessageId()).isEqualTo(12);
		assertThat(received.getReasonCodes()).containsExactly(0x97);
		assertThat(received.getProperties().getReasonString()).isEqualTo("quota");
	}

}
