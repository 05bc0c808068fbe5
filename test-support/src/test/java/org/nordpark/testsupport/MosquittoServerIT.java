package org.nordpark.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(MosquittoExtension.class)
class MosquittoServerIT {

	@Test
	void sharedBrokerIsARealMosquittoThatDeliversMessages(MosquittoServer broker) throws Exception {
		assertThat(broker.isRunning()).isTrue();
		assertThat(Files.readString(Path.of("/proc/" + broker.pid() + "/cmdline"))).contains("mosquitto");
		assertThat(MosquittoExtension.server()).isSameAs(broker);
		String topic = broker.newTopicPrefix() + "/hello";
		try (MqttRecorder recorder = MqttRecorder.connect(broker.uri()).subscribe(topic)) {
			recorder.publish(topic, "hi".getBytes(StandardCharsets.UTF_8));
			assertThat(recorder.awaitCount(1)).singleElement().extracting(MqttRecorder.Received::text).isEqualTo("hi");
		}
	}

	@Test
	void restartKeepsPortAndPersistedRetainedMessages() {
		try (MosquittoServer broker = MosquittoServer.startAnonymous()) {
			int port = broker.port();
			try (MqttRecorder publisher = MqttRecorder.connect(broker.uri())) {
				publisher.publish("kept/1", "retained".getBytes(StandardCharsets.UTF_8), true);
			}
			long firstPid = broker.pid();
			broker.restart();
			assertThat(broker.pid()).isNotEqualTo(firstPid);
			assertThat(broker.port()).isEqualTo(port);
			try (MqttRecorder recorder = MqttRecorder.connect(broker.uri()).subscribe("kept/#")) {
				assertThat(recorder.awaitCount(1)).singleElement().satisfies((message) -> {
					assertThat(message.text()).isEqualTo("retained");
					assertThat(message.retained()).isTrue();
				});
			}
		}
	}

	@Test
	void killStopsAtOnceAndCloseDeletesTheDirectory() {
		MosquittoServer broker = MosquittoServer.startAnonymous();
		Path directory = broker.directory();
		assertThat(directory.resolve("mosquitto.conf")).exists();
		broker.kill();
		assertThat(broker.isRunning()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> MqttRecorder.connect(broker.uri()));
		broker.start();
		assertThat(broker.isRunning()).isTrue();
		broker.close();
		assertThat(broker.isRunning()).isFalse();
		assertThat(directory).doesNotExist();
	}

	@Test
	void passwordAuthenticationRefusesWrongCredentials() {
		try (MosquittoServer broker = MosquittoServer.builder().user("bridge", "s3cret").build()) {
			broker.start();
			assertThatIllegalStateException().isThrownBy(() -> MqttRecorder.connect(broker.uri()));
			assertThatIllegalStateException()
				.isThrownBy(() -> MqttRecorder.connect(broker.uri(), "bridge", "wrong", null));
			try (MqttRecorder ok = MqttRecorder.connect(broker.uri(), "bridge", "s3cret", null)) {
				ok.publish("x", new byte[] { 1 });
			}
		}
	}

	@Test
	void tlsListenerServesClientsThatTrustTheTestCa() {
		try (MosquittoServer broker = MosquittoServer.builder().tls().build()) {
			broker.start();
			String topic = "secure/1";
			try (MqttRecorder recorder = MqttRecorder
				.connect(broker.tlsUri(), null, null, broker.certificates().trustingSocketFactory())
				.subscribe(topic)) {
				recorder.publish(topic, "over tls".getBytes(StandardCharsets.UTF_8));
				assertThat(recorder.awaitCount(1)).singleElement()
					.extracting(MqttRecorder.Received::text)
					.isEqualTo("over tls");
			}
		}
	}

	@Test
	void aclStopsPublishingOutsideTheAllowedTopics() {
		String acl = """
				user reader
				topic read allowed/#
				user writer
				topic write allowed/#
				""";
		try (MosquittoServer broker = MosquittoServer.builder()
			.user("reader", "r")
			.user("writer", "w")
			.acl(acl)
			.build()) {
			broker.start();
			try (MqttRecorder reader = MqttRecorder.connect(broker.uri(), "reader", "r", null).subscribe("#")) {
				try (MqttRecorder writer = MqttRecorder.connect(broker.uri(), "writer", "w", null)) {
					// MQTT v5: the broker refuses the publish; Paho then drops the
					// connection
					writer.publish("forbidden/1", "no".getBytes(StandardCharsets.UTF_8));
				}
				catch (IllegalStateException refused) {
					// refused outright: just as good
				}
				try (MqttRecorder writer = MqttRecorder.connect(broker.uri(), "writer", "w", null)) {
					writer.publish("allowed/1", "yes".getBytes(StandardCharsets.UTF_8));
				}
				// "no" reached the broker before the second writer connected, so it would
				// be here by now
				reader.awaitCount(1, (message) -> message.text().equals("yes"));
				assertThat(reader.received()).extracting(MqttRecorder.Received::topic).containsExactly("allowed/1");
			}
		}
	}

}
