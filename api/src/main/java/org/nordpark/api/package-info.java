/** Nordpark api: REST API, live stream and the live page. */
@NullMarked
package org.nordpark.api;

import org.jspecify.annotations.NullMarked;
