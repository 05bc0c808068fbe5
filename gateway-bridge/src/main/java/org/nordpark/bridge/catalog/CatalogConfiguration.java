package org.nordpark.bridge.catalog;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import org.nordpark.bridge.BridgeProperties;
import org.nordpark.bridge.decoder.CodecObjectDecoder;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the catalog: its sources, the refresher and health. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	DeviceTags deviceTags(CatalogProperties properties, CodecObjectDecoder codecObjects) {
		return new DeviceTags(new ModelResolver(properties.profileModels()), codecObjects.kinds());
	}

	@Bean
	SensorCatalog sensorCatalog(ChirpStackProperties chirpStack, BridgeProperties bridge, DeviceTags tags,
			DeviceDecoders decoders) {
		String source = chirpStack.enabled() ? "chirpstack" : "manifest";
		return new SensorCatalog(source, bridge.learnFromEvents() ? tags : null, decoders::settingProblems);
	}

	@Bean(destroyMethod = "shutdownNow")
	@ConditionalOnExpression("'${nordpark.chirpstack.api-target:}' != ''")
	ManagedChannel chirpStackChannel(ChirpStackProperties properties) {
		return Grpc
			.newChannelBuilder(properties.apiTarget(),
					properties.plaintext() ? InsecureChannelCredentials.create() : TlsChannelCredentials.create())
			.build();
	}

	@Bean
	CatalogRefresher catalogRefresher(SensorCatalog catalog, CatalogProperties properties,
			ChirpStackProperties chirpStack, DeviceTags tags, ObjectProvider<ManagedChannel> channel) {
		ManagedChannel managed = channel.getIfAvailable();
		ChirpStackCatalogClient client = (managed != null) ? new ChirpStackCatalogClient(managed, chirpStack, tags)
				: null;
		return new CatalogRefresher(catalog, properties, chirpStack, client);
	}

	@Bean
	CatalogHealthIndicator catalogHealthIndicator(SensorCatalog catalog) {
		return new CatalogHealthIndicator(catalog);
	}

}
