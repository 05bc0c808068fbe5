package org.nordpark.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sensor models Nordpark decodes natively (see {@code shared/devices.md}), with the
 * kind a sensor of that model has unless its catalog entry says otherwise. Devices of
 * other models join through the configurable codec-object mapping under their own model
 * id.
 */
public enum SensorModel {

	/** Bosch Parking Lot Sensor TPS110: bay occupancy. */
	BOSCH_TPS110("bosch-tps110", SensorKind.PARKING),

	/** Parametric / PMX TCR radar traffic counter (legacy and Gen-2 frames). */
	PARAMETRIC_TCR("parametric-tcr", SensorKind.TRAFFIC),

	/** Parametric PCR2 radar people counter. */
	PARAMETRIC_PCR2("parametric-pcr2", SensorKind.PEOPLE),

	/** Elsys ERS family (ERS, ERS CO2, ERS Sound, ERS VOC, ...). */
	ELSYS_ERS("elsys-ers", SensorKind.ENVIRONMENT, SensorKind.NOISE, SensorKind.BIN, SensorKind.PARKING),

	/** Decentlab DL-PM particulate matter station. */
	DECENTLAB_DL_PM("decentlab-dl-pm", SensorKind.ENVIRONMENT),

	/** Milesight WS302 sound level sensor. */
	MILESIGHT_WS302("milesight-ws302", SensorKind.NOISE),

	/** Milesight EM500-CO2 outdoor CO2, temperature, humidity and pressure sensor. */
	MILESIGHT_EM500_CO2("milesight-em500-co2", SensorKind.ENVIRONMENT),

	/** Milesight EM400-MUD ultrasonic distance sensor used as a bin fill sensor. */
	MILESIGHT_EM400_MUD("milesight-em400-mud", SensorKind.BIN);

	private static final Map<String, SensorModel> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(SensorModel::id, Function.identity()));

	private final String id;

	private final SensorKind defaultKind;

	private final Set<SensorKind> measures;

	SensorModel(String id, SensorKind defaultKind, SensorKind... also) {
		this.id = id;
		this.defaultKind = defaultKind;
		Set<SensorKind> measures = EnumSet.of(defaultKind, also);
		this.measures = Collections.unmodifiableSet(measures);
	}

	/**
	 * The model id used in catalogs, readings and the {@code model} tag, e.g.
	 * {@code bosch-tps110}.
	 */
	public String id() {
		return this.id;
	}

	/** The kind of a sensor of this model unless configured otherwise. */
	public SensorKind defaultKind() {
		return this.defaultKind;
	}

	/**
	 * The kinds whose measurements this model's decoder can fill (besides
	 * {@code device}), e.g. environment, noise, bin and parking for the Elsys ERS family
	 * (an ERS Sound's sound level, an ELT's distance, an ERS Eye used as a bay sensor).
	 */
	public Set<SensorKind> measures() {
		return this.measures;
	}

	/** The native model with this id, if any. */
	public static Optional<SensorModel> fromId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	@Override
	public String toString() {
		return this.id;
	}

}
