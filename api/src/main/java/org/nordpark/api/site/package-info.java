/** The site plan (zones, ways, sensors) for maps and the live page. */
@NullMarked
package org.nordpark.api.site;

import org.jspecify.annotations.NullMarked;
