/** The simulated site: the manifest, multiplied for load tests. */
@NullMarked
package org.nordpark.simulator.site;

import org.jspecify.annotations.NullMarked;
