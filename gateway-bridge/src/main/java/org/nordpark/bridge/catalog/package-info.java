/**
 * The device catalog: from ChirpStack's gRPC API (device tags and profile names) or the
 * site manifest, refreshed periodically, published retained for other services.
 */
@NullMarked
package org.nordpark.bridge.catalog;

import org.jspecify.annotations.NullMarked;
