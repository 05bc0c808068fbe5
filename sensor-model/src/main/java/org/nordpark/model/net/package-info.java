/**
 * Network helpers shared by the services' MQTT clients.
 */
@NullMarked
package org.nordpark.model.net;

import org.jspecify.annotations.NullMarked;
