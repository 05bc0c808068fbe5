/** The sensor catalog from retained MQTT messages, and the optional site manifest. */
@NullMarked
package org.nordpark.api.catalog;

import org.jspecify.annotations.NullMarked;
