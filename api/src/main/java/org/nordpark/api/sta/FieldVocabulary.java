package org.nordpark.api.sta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.nordpark.model.InfluxSchema;

/**
 * The ObservedProperties: one per normalized field of {@link InfluxSchema}, with a
 * definition URI, the unit of measurement in UCUM and the O&amp;M observation type.
 */
final class FieldVocabulary {

	/** Base of the definition URIs of Nordpark's observed properties. */
	static final String DEFINITION_BASE = "https://nordpark.example/def/observed-property/";

	static final String UCUM = "http://unitsofmeasure.org/ucum.html#";

	static final String OM_MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

	static final String OM_COUNT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_CountObservation";

	static final String OM_OBSERVATION = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Observation";

	private static final Map<String, Term> TERMS = new LinkedHashMap<>();

	static {
		term(InfluxSchema.OCCUPIED, "Bay occupancy", "Whether a parking bay is occupied: 1 occupied, 0 free", "one",
				"1", OM_OBSERVATION);
		term(InfluxSchema.COUNT, "Count", "Number of objects (vehicles by class, people) passing in an uplink interval",
				"count", "{count}", OM_COUNT);
		term(InfluxSchema.AVG_SPEED_KMH, "Average speed", "Mean speed of the counted vehicles", "kilometre per hour",
				"km/h", OM_MEASUREMENT);
		term(InfluxSchema.TOTAL, "Running total", "Running total of a counter since it was reset", "count", "{count}",
				OM_COUNT);
		term(InfluxSchema.TEMPERATURE_C, "Air temperature", "Air temperature", "degree Celsius", "Cel", OM_MEASUREMENT);
		term(InfluxSchema.RELATIVE_HUMIDITY_PCT, "Relative humidity", "Relative humidity of the air", "percent", "%",
				OM_MEASUREMENT);
		term(InfluxSchema.CO2_PPM, "CO2", "Carbon dioxide concentration", "parts per million", "[ppm]", OM_MEASUREMENT);
		term(InfluxSchema.PRESSURE_HPA, "Air pressure", "Barometric air pressure", "hectopascal", "hPa",
				OM_MEASUREMENT);
		term(InfluxSchema.PM1_0_UGM3, "PM1", "Mass concentration of particulate matter up to 1 µm",
				"microgram per cubic metre", "ug/m3", OM_MEASUREMENT);
		term(InfluxSchema.PM2_5_UGM3, "PM2.5", "Mass concentration of particulate matter up to 2.5 µm",
				"microgram per cubic metre", "ug/m3", OM_MEASUREMENT);
		term(InfluxSchema.PM4_UGM3, "PM4", "Mass concentration of particulate matter up to 4 µm",
				"microgram per cubic metre", "ug/m3", OM_MEASUREMENT);
		term(InfluxSchema.PM10_UGM3, "PM10", "Mass concentration of particulate matter up to 10 µm",
				"microgram per cubic metre", "ug/m3", OM_MEASUREMENT);
		term(InfluxSchema.TVOC_PPB, "TVOC", "Total volatile organic compounds", "parts per billion", "[ppb]",
				OM_MEASUREMENT);
		term(InfluxSchema.LIGHT_LUX, "Illuminance", "Illuminance", "lux", "lx", OM_MEASUREMENT);
		term(InfluxSchema.MOTION_COUNT, "Motion count", "Motion events in an uplink interval", "count", "{count}",
				OM_COUNT);
		term(InfluxSchema.LEQ_DB, "Noise Leq", "Equivalent continuous sound pressure level over the interval",
				"decibel", "dB", OM_MEASUREMENT);
		term(InfluxSchema.MAX_DB, "Noise Lmax", "Maximum sound pressure level in the interval", "decibel", "dB",
				OM_MEASUREMENT);
		term(InfluxSchema.L_DB, "Noise level", "Instantaneous sound pressure level", "decibel", "dB", OM_MEASUREMENT);
		term(InfluxSchema.DISTANCE_MM, "Distance", "Distance from the sensor to the fill surface", "millimetre", "mm",
				OM_MEASUREMENT);
		term(InfluxSchema.FILL_LEVEL_PCT, "Fill level", "Fill level of a bin", "percent", "%", OM_MEASUREMENT);
		term(InfluxSchema.TILTED, "Tilted", "Whether the device is tilted: 1 tilted, 0 upright", "one", "1",
				OM_OBSERVATION);
		term(InfluxSchema.BATTERY_PCT, "Battery level", "Remaining battery capacity", "percent", "%", OM_MEASUREMENT);
		term(InfluxSchema.BATTERY_V, "Battery voltage", "Battery voltage", "volt", "V", OM_MEASUREMENT);
		term(InfluxSchema.DEVICE_TEMPERATURE_C, "Device temperature", "Temperature inside the device", "degree Celsius",
				"Cel", OM_MEASUREMENT);
		term(InfluxSchema.MARGIN_DB, "Link margin", "Link margin reported by the network", "decibel", "dB",
				OM_MEASUREMENT);
		term(InfluxSchema.SOLAR_POWER_MW, "Solar power", "Power from the solar panel", "milliwatt", "mW",
				OM_MEASUREMENT);
		term(InfluxSchema.RSSI_DBM, "RSSI", "Received signal strength of the best gateway", "decibel milliwatt",
				"dB[mW]", OM_MEASUREMENT);
		term(InfluxSchema.SNR_DB, "SNR", "Signal-to-noise ratio of the best gateway", "decibel", "dB", OM_MEASUREMENT);
		term(InfluxSchema.GATEWAYS, "Gateways", "Gateways that received the uplink", "count", "{count}", OM_COUNT);
		term(InfluxSchema.SF, "Spreading factor", "LoRa spreading factor of the uplink", "one", "1", OM_COUNT);
		term(InfluxSchema.F_CNT, "Frame counter", "LoRaWAN uplink frame counter", "count", "{count}", OM_COUNT);
	}

	private FieldVocabulary() {
	}

	private static void term(String field, String name, String description, String unitName, String unitSymbol,
			String observationType) {
		TERMS.put(field, new Term(field, name, description, DEFINITION_BASE + field, unitName, unitSymbol,
				UCUM + unitSymbol, observationType));
	}

	/** The term of a field, if the field is known. */
	static Optional<Term> of(String field) {
		return Optional.ofNullable(TERMS.get(field));
	}

	/**
	 * One observed property with its unit.
	 *
	 * @param field the InfluxDB field
	 * @param name human name
	 * @param description what is observed
	 * @param definition definition URI
	 * @param unitName unit name
	 * @param unitSymbol UCUM code
	 * @param unitDefinition UCUM reference
	 * @param observationType O&amp;M observation type
	 */
	record Term(String field, String name, String description, String definition, String unitName, String unitSymbol,
			String unitDefinition, String observationType) {

		Map<String, Object> unitOfMeasurement() {
			Map<String, Object> unit = new LinkedHashMap<>();
			unit.put("name", this.unitName);
			unit.put("symbol", this.unitSymbol);
			unit.put("definition", this.unitDefinition);
			return unit;
		}

	}

}
