/**
 * The site manifest (design §3): one YAML file describing zones, roads, footpaths and
 * sensors of a site, read by the simulator, by the bridge as its catalog fallback and by
 * the api for the site plan.
 */
@NullMarked
package org.nordpark.model.site;

import org.jspecify.annotations.NullMarked;
