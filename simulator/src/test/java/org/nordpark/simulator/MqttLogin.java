package org.nordpark.simulator;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.jspecify.annotations.Nullable;

/** Tries a login at a broker, for tests of what a locked-down broker lets in. */
public final class MqttLogin {

	private MqttLogin() {
	}

	/**
	 * Connects and disconnects; returns the refusal, or null when the broker accepted.
	 * @param broker the broker URI
	 * @param user user name, or null for an anonymous client
	 * @param password the user's password, or null for an anonymous client
	 * @param transport further options, e.g. the TLS socket factory
	 */
	public static @Nullable MqttException refusal(String broker, @Nullable String user, @Nullable String password,
			Consumer<MqttConnectionOptions> transport) throws MqttException {
		MqttClient client = new MqttClient(broker, "login-test-" + UUID.randomUUID(), new MemoryPersistence());
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setConnectionTimeout(10);
		transport.accept(options);
		if (user != null && password != null) {
			options.setUserName(user);
			options.setPassword(password.getBytes(StandardCharsets.UTF_8));
		}
		try {
			client.connect(options);
			client.disconnect();
			return null;
		}
		catch (MqttException ex) {
			return ex;
		}
		finally {
			client.close();
		}
	}

}
