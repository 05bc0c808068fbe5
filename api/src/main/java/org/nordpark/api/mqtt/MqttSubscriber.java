package org.nordpark.api.mqtt;

import java.util.List;
import java.util.UUID;

import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.util.MqttTopicValidator;
import org.nordpark.mqtt.LinkListener;
import org.nordpark.mqtt.LinkOptions;
import org.nordpark.mqtt.MqttLink;
import org.nordpark.mqtt.MqttSession;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.mqtt.MqttSockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The api's one MQTT connection (an {@link MqttLink}): subscribes every
 * {@link MqttMessageHandler}'s filter (again after each reconnect) and routes messages to
 * them. Clean start and a unique client id ({@code nordpark.mqtt.client-id} plus a random
 * suffix): the api needs no session, only what arrives while it runs plus the retained
 * catalog, and every api instance sees every reading. Keeps trying while the broker is
 * unreachable; the health shows it.
 */
@Component
public class MqttSubscriber implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MqttSubscriber.class);

	private final List<MqttMessageHandler> handlers;

	private final MqttLink link;

	private volatile boolean running;

	MqttSubscriber(MqttSettings settings, List<MqttMessageHandler> handlers, SslBundles sslBundles) {
		this.handlers = List.copyOf(handlers);
		String clientId = settings.clientId() + "-" + UUID.randomUUID().toString().substring(0, 8);
		List<String> filters = this.handlers.stream().map(MqttMessageHandler::filter).toList();
		this.link = new MqttLink(settings, new LinkOptions(clientId, true, false, filters, 1),
				MqttSockets.forBroker(settings, sslBundles), new LinkListener() {

					@Override
					public void message(MqttSession session, String topic, MqttMessage message) {
						route(topic, message);
					}

				});
	}

	@Override
	public void start() {
		this.running = true;
		this.link.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.link.stop(2000);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isPauseable() {
		// stop() ends the connector for good, so a paused test context could not resume
		return false;
	}

	/** Subscribes one filter again, e.g. to receive retained messages anew. */
	public void resubscribe(String filter) {
		this.link.resubscribe(filter);
	}

	public boolean isConnected() {
		return this.link.isConnected();
	}

	public String clientId() {
		return this.link.clientId();
	}

	MqttLink link() {
		return this.link;
	}

	private void route(String topic, MqttMessage message) {
		for (MqttMessageHandler handler : this.handlers) {
			if (MqttTopicValidator.isMatched(handler.filter(), topic)) {
				try {
					handler.handle(topic, message.getPayload(), message.isRetained());
				}
				catch (RuntimeException ex) {
					log.warn("message handler failed [topic: {}, reason: {}]", topic, ex.getMessage());
				}
			}
		}
	}

}
