/** Traffic flow: counts per interval by class and direction. */
@NullMarked
package org.nordpark.api.traffic;

import org.jspecify.annotations.NullMarked;
