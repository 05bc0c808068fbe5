package org.nordpark.api.sta;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SensorThings API ({@code nordpark.sta}).
 *
 * @param defaultTop page size when a request gives no {@code $top}
 * @param maxTop largest page a request gets, whatever its {@code $top}: the documented
 * maximum page size; {@code @iot.nextLink} leads on
 * @param modelTtl how long the entities derived from catalog, manifest and InfluxDB are
 * served from memory before they are derived again
 * @param maxScan most raw points one request may read to apply a {@code $filter} on
 * Observations that cannot be pushed down to InfluxDB; beyond it the request answers 400
 * @param datasheets sensor model id to the vendor's datasheet URL, used as the Sensor's
 * metadata; a model without one gets a text description
 * @param mqttTopicPrefix prefix of the topics the api publishes new Observations on, so
 * that {@code v1.1/Datastreams(id)/Observations} is served as
 * {@code <prefix>v1.1/Datastreams(id)/Observations}; empty by default
 * @param mqttEnabled whether new Observations are published on MQTT
 * @param mqttEndpoint the broker URL STA clients subscribe at (e.g.
 * {@code mqtt://city.example:1883}), announced in the service root; empty leaves the MQTT
 * class out of the conformance list
 */
@ConfigurationProperties("nordpark.sta")
record StaProperties(@DefaultValue("100") int defaultTop, @DefaultValue("10000") int maxTop,
		@DefaultValue("30s") Duration modelTtl, @DefaultValue("200000") int maxScan,
		@Nullable Map<String, String> datasheets, @DefaultValue("") String mqttTopicPrefix,
		@DefaultValue("true") boolean mqttEnabled, @DefaultValue("") String mqttEndpoint) {

	StaProperties {
		datasheets = (datasheets == null) ? Map.of() : Map.copyOf(datasheets);
		if (defaultTop < 1 || maxTop < defaultTop) {
			throw new IllegalArgumentException("nordpark.sta.default-top must be between 1 and max-top");
		}
	}

}
