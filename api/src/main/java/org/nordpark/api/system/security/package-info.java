/**
 * Filters in front of the api: the rate limit, the query length limit and the API key of
 * the operations endpoints.
 */
@NullMarked
package org.nordpark.api.system.security;

import org.jspecify.annotations.NullMarked;
