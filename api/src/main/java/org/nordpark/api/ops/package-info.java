/** Operations endpoints behind the API key: dead letters and catalog refresh. */
@NullMarked
package org.nordpark.api.ops;

import org.jspecify.annotations.NullMarked;
