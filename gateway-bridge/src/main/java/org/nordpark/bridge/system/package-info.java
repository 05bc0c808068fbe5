/** Cross-cutting wiring of the bridge: metrics and health. */
@NullMarked
package org.nordpark.bridge.system;

import org.jspecify.annotations.NullMarked;
