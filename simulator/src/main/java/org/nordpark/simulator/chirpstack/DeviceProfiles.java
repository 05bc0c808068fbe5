package org.nordpark.simulator.chirpstack;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.nordpark.model.SensorModel;

/**
 * The ChirpStack device profile of each model: its name (which selects the model, design
 * §3) and a stable id.
 */
public final class DeviceProfiles {

	private DeviceProfiles() {
	}

	/** The device profile name of a model, e.g. {@code Bosch TPS110}. */
	public static String name(String model) {
		return SensorModel.fromId(model).map(DeviceProfiles::name).orElse(model);
	}

	/** A stable device profile id for a model. */
	public static String id(String model) {
		return UUID.nameUUIDFromBytes(("nordpark-device-profile:" + model).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String name(SensorModel model) {
		return switch (model) {
			case BOSCH_TPS110 -> "Bosch TPS110";
			case PARAMETRIC_TCR -> "Parametric TCR";
			case PARAMETRIC_PCR2 -> "Parametric PCR2";
			case ELSYS_ERS -> "Elsys ERS CO2";
			case DECENTLAB_DL_PM -> "Decentlab DL-PM";
			case MILESIGHT_WS302 -> "Milesight WS302";
			case MILESIGHT_EM500_CO2 -> "Milesight EM500-CO2";
			case MILESIGHT_EM400_MUD -> "Milesight EM400-MUD";
		};
	}

}
