/** Zones with their current parking occupancy and latest environment values. */
@NullMarked
package org.nordpark.api.zone;

import org.jspecify.annotations.NullMarked;
