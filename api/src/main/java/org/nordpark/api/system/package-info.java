/**
 * Cross-cutting wiring: problem+json errors, API key, CORS, CSV, OpenAPI and
 * configuration.
 */
@NullMarked
package org.nordpark.api.system;

import org.jspecify.annotations.NullMarked;
