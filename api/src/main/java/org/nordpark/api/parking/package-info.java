/** Parking occupancy over time per zone. */
@NullMarked
package org.nordpark.api.parking;

import org.jspecify.annotations.NullMarked;
