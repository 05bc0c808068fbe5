package org.nordpark.ingest.mqtt;

import org.nordpark.ingest.influx.BatchWriter;
import org.nordpark.ingest.system.IngestMetrics;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The readings subscription and its health. */
@Configuration(proxyBeanMethods = false)
class MqttConfiguration {

	@Bean
	ReadingSubscriber readingSubscriber(MqttProperties properties, SslBundles sslBundles, BatchWriter writer,
			IngestMetrics metrics) {
		return new ReadingSubscriber(properties, sslBundles, writer, metrics);
	}

	@Bean
	MqttHealthIndicator mqttHealthIndicator(ReadingSubscriber subscriber, MqttProperties properties) {
		return new MqttHealthIndicator(subscriber, properties);
	}

}
