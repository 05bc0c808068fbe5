/**
 * ChirpStack v4 integration events: the event type from the topic, the encoding (JSON or
 * binary protobuf) detected per message, and parsing into the generated messages.
 */
@NullMarked
package org.nordpark.bridge.chirpstack;

import org.jspecify.annotations.NullMarked;
