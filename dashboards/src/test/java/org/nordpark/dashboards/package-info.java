/**
 * Guard and proof tests for the Grafana dashboards: structure and schema checks, and
 * every panel query run against a real, seeded InfluxDB.
 */
@NullMarked
package org.nordpark.dashboards;

import org.jspecify.annotations.NullMarked;
