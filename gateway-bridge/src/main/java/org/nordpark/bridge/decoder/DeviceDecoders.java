package org.nordpark.bridge.decoder;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorModel;

/**
 * The native payload decoders of every {@link SensorModel}, behind one call: bytes in,
 * normalized observations out (design §4-5). Field names come from
 * {@link org.nordpark.model.InfluxSchema}, dimensions from
 * {@link org.nordpark.model.Dims}; traffic classes and direction labels from the sensor's
 * {@code classes}/{@code ltr}/ {@code rtl} settings, a bin's fill level from
 * {@code emptyDistanceMm}/ {@code fullDistanceMm}. Values that do not belong to the
 * sensor's kind (nor to the {@code device} measurement) are left out. Thread-safe and
 * stateless.
 */
public final class DeviceDecoders {

	private final Map<SensorModel, ModelDecoder> decoders;

	private DeviceDecoders(Map<SensorModel, ModelDecoder> decoders) {
		this.decoders = decoders;
	}

	/** The decoders of all natively supported models. */
	public static DeviceDecoders standard() {
		Map<SensorModel, ModelDecoder> decoders = new EnumMap<>(SensorModel.class);
		decoders.put(SensorModel.BOSCH_TPS110, new BoschTps110Decoder());
		decoders.put(SensorModel.PARAMETRIC_TCR, new ParametricTcrDecoder());
		decoders.put(SensorModel.PARAMETRIC_PCR2, new ParametricPcr2Decoder());
		decoders.put(SensorModel.ELSYS_ERS, new ElsysErsDecoder());
		decoders.put(SensorModel.DECENTLAB_DL_PM, new DecentlabDlPmDecoder());
		for (SensorModel model : List.of(SensorModel.MILESIGHT_WS302, SensorModel.MILESIGHT_EM500_CO2,
				SensorModel.MILESIGHT_EM400_MUD)) {
			decoders.put(model, new MilesightDecoder(model));
		}
		return new DeviceDecoders(decoders);
	}

	/** Whether a model id has a native decoder. */
	public boolean supports(String model) {
		return SensorModel.fromId(model).map(this.decoders::containsKey).orElse(false);
	}

	/**
	 * What is wrong with a catalog entry's settings for its model, by setting name (e.g.
	 * a {@code classes} key no traffic counter frame has); empty when they fit.
	 */
	public Map<String, String> settingProblems(CatalogEntry sensor) {
		return SensorSettings.problems(sensor);
	}

	/**
	 * Decodes one uplink's payload.
	 * @param sensor the sensor's catalog entry: model, kind and settings
	 * @param fPort the uplink's LoRaWAN port
	 * @param data the application payload ({@code data} of the uplink)
	 * @return the observations, empty for frames without measurements (fPort 0, empty
	 * payload, configuration or start-up frames)
	 * @throws DecodingException with a one-line reason when the payload is malformed,
	 * holds an impossible value, or the model has no native decoder
	 */
	public List<Observation> decode(CatalogEntry sensor, int fPort, byte[] data) {
		ModelDecoder decoder = SensorModel.fromId(sensor.model())
			.map(this.decoders::get)
			.orElseThrow(() -> new DecodingException("model '" + sensor.model() + "' has no native decoder"));
		if (fPort == 0 || data.length == 0) {
			return List.of();
		}
		List<Observation> decoded = decoder.decode(sensor, fPort, new Frame(data)).toList();
		return KindPolicy.apply(sensor, decoded);
	}

}
