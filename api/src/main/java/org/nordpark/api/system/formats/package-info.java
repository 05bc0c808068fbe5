/**
 * Media types and representations besides JSON: CSV output of series answers.
 */
@NullMarked
package org.nordpark.api.system.formats;

import org.jspecify.annotations.NullMarked;
