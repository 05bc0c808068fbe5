package org.nordpark.api.live;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the live page.
 *
 * @param publicUrl the address visitors should open (encoded in the QR code), e.g.
 * {@code https://nordpark.example/live/}; when unset, the address the request came in on
 * (honouring {@code X-Forwarded-*} when {@code server.forward-headers-strategy} allows
 * it)
 * @param scenarioUrl the simulator's clock ({@code http://127.0.0.1:8083/scenario}) for a
 * simulated site: the page then shows the simulated time of day and the scenario's phase;
 * unset for a real site
 */
@ConfigurationProperties("nordpark.live")
record LiveProperties(@Nullable URI publicUrl, @Nullable URI scenarioUrl) {

}
