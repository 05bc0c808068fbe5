/**
 * What happens on the site over time: normal days and match days (arrival and departure
 * waves, crowd noise, goals), weather and air quality, as deterministic functions of time
 * and the seed.
 */
@NullMarked
package org.nordpark.simulator.scenario;

import org.jspecify.annotations.NullMarked;
