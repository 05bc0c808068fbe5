package org.nordpark.ingest.mqtt;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where ingest reads and dead-letters ({@code nordpark.ingest.*}).
 *
 * @param topicPrefix prefix before every topic (e.g. {@code site-a/}); empty by default
 */
@ConfigurationProperties("nordpark.ingest")
public record IngestTopics(@Nullable String topicPrefix) {

	/** The topic prefix, empty when none is set. */
	public String prefix() {
		return (this.topicPrefix != null) ? this.topicPrefix : "";
	}

}
