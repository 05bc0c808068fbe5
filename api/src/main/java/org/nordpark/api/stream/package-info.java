/** The live stream of readings as Server-Sent Events. */
@NullMarked
package org.nordpark.api.stream;

import org.jspecify.annotations.NullMarked;
