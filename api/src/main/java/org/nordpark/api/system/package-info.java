/**
 * Cross-cutting wiring: web and OpenAPI configuration, the shared parameter vocabulary
 * and the api's properties. Errors, caching, formats and filters have their own
 * subpackages.
 */
@NullMarked
package org.nordpark.api.system;

import org.jspecify.annotations.NullMarked;
