/**
 * The live excursion page at {@code /live}: static page, its QR code and web
 * configuration.
 */
@NullMarked
package org.nordpark.api.live;

import org.jspecify.annotations.NullMarked;
