/**
 * Device decoders: payload bytes of each natively supported sensor model to normalized
 * observations, plus the configurable mapping of ChirpStack codec objects.
 */
@NullMarked
package org.nordpark.bridge.decoder;

import org.jspecify.annotations.NullMarked;
