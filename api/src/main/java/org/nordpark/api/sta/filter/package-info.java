/**
 * The SensorThings {@code $filter} language: a recursive-descent parser with positions in
 * its errors, and an evaluator over entity properties.
 */
@NullMarked
package org.nordpark.api.sta.filter;

import org.jspecify.annotations.NullMarked;
