package org.nordpark.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.net.SocketFactory;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How Nordpark sets up, closes and describes a Paho client. */
final class PahoClients {

	private static final Logger log = LoggerFactory.getLogger(PahoClients.class);

	private PahoClients() {
	}

	static MqttConnectionOptions connectOptions(MqttSettings settings, LinkOptions options, SocketFactory sockets) {
		MqttConnectionOptions connect = new MqttConnectionOptions();
		connect.setCleanStart(options.cleanStart());
		if (!options.cleanStart()) {
			connect.setSessionExpiryInterval(settings.sessionExpiry().toSeconds());
		}
		// reconnects are ours, each with a fresh client (see the class comment)
		connect.setAutomaticReconnect(false);
		connect.setReceiveMaximum(settings.receiveMaximum());
		connect.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
		connect.setConnectionTimeout((int) Math.max(1, settings.connectTimeout().toSeconds()));
		if (settings.username() != null && !settings.username().isBlank()) {
			connect.setUserName(settings.username());
		}
		if (settings.password() != null && !settings.password().isEmpty()) {
			connect.setPassword(settings.password().getBytes(StandardCharsets.UTF_8));
		}
		connect.setSocketFactory(sockets);
		return connect;
	}

	static void close(MqttAsyncClient client, long timeoutMillis) {
		try {
			if (client.isConnected()) {
				if (timeoutMillis > 0) {
					client.disconnect(timeoutMillis).waitForCompletion(timeoutMillis + 1000);
				}
				else {
					client.disconnectForcibly(0, 1000, false);
				}
			}
		}
		catch (MqttException ex) {
			log.debug("MQTT disconnect failed [clientId: {}, reason: {}]", client.getClientId(), ex.getMessage());
		}
		try {
			client.close(true);
		}
		catch (MqttException ex) {
			log.debug("MQTT close failed [clientId: {}, reason: {}]", client.getClientId(), ex.getMessage());
		}
	}

	/** A failed TLS handshake, for one, is only named by the cause. */
	static String describe(@Nullable Throwable failure) {
		if (failure == null) {
			return "unknown";
		}
		Throwable cause = failure.getCause();
		return (cause != null && cause != failure) ? failure.getMessage() + ": " + cause.getMessage()
				: String.valueOf(failure.getMessage());
	}

	/**
	 * Subscribes {@code filters}; {@code confirmed} runs once the broker granted all of
	 * them. A refusal (an ACL, mostly) is logged as an error.
	 */
	static void subscribe(MqttAsyncClient client, List<String> filters, int qos, Runnable confirmed) {
		MqttSubscription[] subscriptions = filters.stream()
			.map((filter) -> new MqttSubscription(filter, qos))
			.toArray(MqttSubscription[]::new);
		try {
			client.subscribe(subscriptions, null, new MqttActionListener() {

				@Override
				public void onSuccess(IMqttToken token) {
					int[] codes = token.getReasonCodes();
					for (int code : (codes != null) ? codes : new int[0]) {
						if (code >= 0x80) {
							log.error("broker refused a subscription, check its ACL [subscriptions: {}, reason code: "
									+ "0x{}]", filters, Integer.toHexString(code));
							return;
						}
					}
					confirmed.run();
				}

				@Override
				public void onFailure(IMqttToken token, Throwable failure) {
					log.error("cannot subscribe, check the broker's ACL [subscriptions: {}, reason: {}]", filters,
							describe(failure));
				}

			}, new MqttProperties());
		}
		catch (MqttException ex) {
			log.error("cannot subscribe [subscriptions: {}, reason: {}]", filters, ex.getMessage());
		}
	}

}
