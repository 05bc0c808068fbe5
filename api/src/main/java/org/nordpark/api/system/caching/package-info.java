/**
 * Answers computed once per period and served from memory: refreshing values and JSON
 * rendered ahead of the requests with an ETag.
 */
@NullMarked
package org.nordpark.api.system.caching;

import org.jspecify.annotations.NullMarked;
