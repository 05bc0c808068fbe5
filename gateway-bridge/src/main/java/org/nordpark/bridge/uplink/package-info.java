/**
 * From one ChirpStack event to its outcome: a normalized reading to publish, a dead
 * letter with its reason, or an event that is only counted.
 */
@NullMarked
package org.nordpark.bridge.uplink;

import org.jspecify.annotations.NullMarked;
