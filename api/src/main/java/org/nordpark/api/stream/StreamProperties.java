package org.nordpark.api.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream ({@code nordpark.api.stream}).
 *
 * @param bufferSize readings held per client; when a slow client's buffer is full the
 * oldest are dropped and the client is told with a {@code dropped} event
 * @param heartbeat a comment line is sent after this much quiet, to keep proxies from
 * closing the connection
 * @param retry reconnect delay the browser is told to use ({@code retry:} field)
 * @param timeout a stream is closed after this long; the browser reconnects on its own
 * @param maxClients concurrent streams; more get 503
 */
@ConfigurationProperties("nordpark.api.stream")
public record StreamProperties(@DefaultValue("256") int bufferSize, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("3s") Duration retry, @DefaultValue("30m") Duration timeout,
		@DefaultValue("500") int maxClients) {

}
