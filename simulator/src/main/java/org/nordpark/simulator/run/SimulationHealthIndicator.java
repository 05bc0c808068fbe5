package org.nordpark.simulator.run;

import org.nordpark.simulator.run.SimulationStatus.Phase;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Up once the simulator is connected and publishing (backfill, live or done); down while
 * it starts, cannot reach the broker, or has failed.
 */
@Component("simulation")
class SimulationHealthIndicator extends AbstractHealthIndicator {

	private final SimulationStatus status;

	SimulationHealthIndicator(SimulationStatus status) {
		this.status = status;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Phase phase = this.status.phase();
		boolean up = phase == Phase.BACKFILL || phase == Phase.LIVE || phase == Phase.DONE;
		(up ? builder.up() : builder.down()).withDetail("phase", phase.name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("devices", this.status.devices())
			.withDetail("published", this.status.published());
		if (this.status.eventTime() != null) {
			builder.withDetail("eventTime", this.status.eventTime().toString());
		}
		if (this.status.failure() != null) {
			builder.withDetail("failure", this.status.failure());
		}
	}

}
