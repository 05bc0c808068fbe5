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
 */
@ConfigurationProperties("nordpark.live")
record LiveProperties(@Nullable URI publicUrl) {

}
