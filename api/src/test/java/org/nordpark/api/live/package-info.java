/** Browser tests of the live page in headless Chromium against a running api. */
@NullMarked
package org.nordpark.api.live;

import org.jspecify.annotations.NullMarked;
