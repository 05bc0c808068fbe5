/** Nordpark simulator: A simulated Nordpark site publishing ChirpStack-shaped events. */
@NullMarked
package org.nordpark.simulator;

import org.jspecify.annotations.NullMarked;
