/** Environmental series per sensor. */
@NullMarked
package org.nordpark.api.environment;

import org.jspecify.annotations.NullMarked;
