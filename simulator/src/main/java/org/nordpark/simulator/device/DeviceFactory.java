package org.nordpark.simulator.device;

import org.nordpark.model.SensorModel;
import org.nordpark.model.site.SiteSensor;

/** Creates the simulated device for a sensor of the manifest, by model. */
public final class DeviceFactory {

	private DeviceFactory() {
	}

	/**
	 * The device for a sensor.
	 * @throws IllegalArgumentException if the simulator has no device for the model
	 */
	public static SimulatedDevice create(SiteSensor sensor, DeviceContext context) {
		SensorModel model = SensorModel.fromId(sensor.model())
			.orElseThrow(() -> new IllegalArgumentException("sensor " + sensor.name() + " has model '" + sensor.model()
					+ "', which the simulator cannot simulate"));
		return switch (model) {
			case BOSCH_TPS110 -> new ParkingBay(sensor, context);
			case PARAMETRIC_TCR -> new TrafficCounter(sensor, context);
			case PARAMETRIC_PCR2 -> new PeopleCounter(sensor, context);
			case ELSYS_ERS -> new ElsysClimate(sensor, context);
			case DECENTLAB_DL_PM -> new ParticulateStation(sensor, context);
			case MILESIGHT_WS302 -> new SoundMeter(sensor, context);
			case MILESIGHT_EM500_CO2 -> new Co2Station(sensor, context);
			case MILESIGHT_EM400_MUD -> new BinLevel(sensor, context);
		};
	}

}
