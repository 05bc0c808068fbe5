/**
 * Errors as problem+json (RFC 9457) with stable {@code type} URIs: the kinds of problem,
 * the exceptions that carry them, the advice and error controller of Spring MVC and the
 * Tomcat valve for requests the container refuses itself.
 */
@NullMarked
package org.nordpark.api.system.problem;

import org.jspecify.annotations.NullMarked;
