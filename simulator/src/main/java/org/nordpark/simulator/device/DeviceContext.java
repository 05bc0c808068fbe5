package org.nordpark.simulator.device;

import java.util.List;

import org.nordpark.model.site.GeoPoint;
import org.nordpark.model.site.Zone;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.scenario.SiteScenario;

/**
 * What every simulated device needs to know about its surroundings.
 *
 * @param scenario the site's activity over time
 * @param zone the device's zone
 * @param stadium position of the stadium (source of crowd noise)
 * @param gateways the network's gateways
 * @param seed the simulation seed
 */
public record DeviceContext(SiteScenario scenario, Zone zone, GeoPoint stadium, List<GatewaySite> gateways, long seed) {

}
