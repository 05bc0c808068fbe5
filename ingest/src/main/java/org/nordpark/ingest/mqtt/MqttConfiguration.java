package org.nordpark.ingest.mqtt;

import org.nordpark.ingest.influx.BatchWriter;
import org.nordpark.ingest.system.IngestMetrics;
import org.nordpark.mqtt.MqttHealth;
import org.nordpark.mqtt.MqttSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The readings subscription and its health ({@code mqtt}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MqttSettings.class, IngestTopics.class })
class MqttConfiguration {

	@Bean
	ReadingSubscriber readingSubscriber(MqttSettings settings, IngestTopics topics, SslBundles sslBundles,
			BatchWriter writer, IngestMetrics metrics) {
		return new ReadingSubscriber(settings, topics, sslBundles, writer, metrics);
	}

	@Bean
	HealthIndicator mqttHealthIndicator(ReadingSubscriber subscriber, MqttSettings settings) {
		return MqttHealth.of(settings, subscriber.consumer(), subscriber.deadLetters());
	}

}
