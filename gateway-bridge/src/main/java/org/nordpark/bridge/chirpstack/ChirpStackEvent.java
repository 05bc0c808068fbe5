package org.nordpark.bridge.chirpstack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import io.chirpstack.api.gw.UplinkRxInfo;
import io.chirpstack.api.integration.DeviceInfo;
import io.chirpstack.api.integration.LogCode;
import io.chirpstack.api.integration.LogEvent;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.UplinkEvent;
import org.jspecify.annotations.Nullable;

/**
 * The bridge's model of the ChirpStack events it reads: what it uses of them, whichever
 * encoding they came in ({@link ChirpStackEvents} reads them).
 */
public sealed interface ChirpStackEvent {

	/**
	 * What the bridge uses of an {@code up} event, whichever encoding it came in.
	 *
	 * @param deduplicationId ChirpStack's id of the uplink, empty when missing
	 * @param time when the uplink was received: the event's time, else (never seen from
	 * ChirpStack, possible from other producers) the earliest gateway or network-server
	 * time of its receptions, if any
	 * @param device the device, if the event names one
	 * @param frameCounter the uplink frame counter (unsigned 32 bits)
	 * @param port the LoRaWAN FPort, 0 for a MAC-only frame
	 * @param data the application payload
	 * @param object the object ChirpStack's device-profile codec decoded, if any
	 * @param receptions one per receiving gateway
	 * @param spreadingFactor the LoRa spreading factor, 0 for other modulations
	 */
	public record Uplink(String deduplicationId, @Nullable Instant time, @Nullable Device device, long frameCounter,
			int port, ByteString data, @Nullable Struct object, List<Reception> receptions,
			int spreadingFactor) implements ChirpStackEvent {

		/**
		 * One gateway's reception.
		 *
		 * @param rssi the signal strength in dBm
		 * @param snr the signal-to-noise ratio in dB
		 */
		public record Reception(int rssi, float snr) {

		}

		static Uplink of(UplinkEvent event) {
			var modulation = event.getTxInfo().getModulation();
			Instant time = event.hasTime() ? instant(event.getTime()) : null;
			for (int i = 0; !event.hasTime() && i < event.getRxInfoCount(); i++) {
				UplinkRxInfo rx = event.getRxInfo(i);
				time = earliest(earliest(time, rx.hasGwTime() ? instant(rx.getGwTime()) : null),
						rx.hasNsTime() ? instant(rx.getNsTime()) : null);
			}
			return new Uplink(event.getDeduplicationId(), time,
					event.hasDeviceInfo() ? Device.of(event.getDeviceInfo()) : null,
					Integer.toUnsignedLong(event.getFCnt()), event.getFPort(), event.getData(),
					event.hasObject() ? event.getObject() : null, receptions(event.getRxInfoList()),
					modulation.hasLora() ? modulation.getLora().getSpreadingFactor() : 0);
		}

		private static List<Reception> receptions(List<UplinkRxInfo> rxInfo) {
			List<Reception> receptions = new ArrayList<>(rxInfo.size());
			for (UplinkRxInfo rx : rxInfo) {
				receptions.add(new Reception(rx.getRssi(), rx.getSnr()));
			}
			return Collections.unmodifiableList(receptions);
		}

		static @Nullable Instant earliest(@Nullable Instant time, @Nullable Instant other) {
			return (time == null || other != null && other.isBefore(time)) ? other : time;
		}

		static Instant instant(Timestamp timestamp) {
			return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
		}

	}

	/**
	 * What the bridge uses of a {@code status} event (the answer to a DevStatusReq).
	 *
	 * @param deduplicationId ChirpStack's id of the uplink that carried the answer
	 * @param time when it was received, if given
	 * @param device the device, if the event names one
	 * @param externalPowerSource whether the device is powered from outside
	 * @param batteryLevelUnavailable whether the device could not measure its battery
	 * @param batteryLevel the battery level in percent
	 * @param margin the demodulation margin in dB
	 */
	public record DeviceStatus(String deduplicationId, @Nullable Instant time, @Nullable Device device,
			boolean externalPowerSource, boolean batteryLevelUnavailable, float batteryLevel,
			int margin) implements ChirpStackEvent {

		static DeviceStatus of(StatusEvent event) {
			return new DeviceStatus(event.getDeduplicationId(),
					event.hasTime() ? Uplink.instant(event.getTime()) : null,
					event.hasDeviceInfo() ? Device.of(event.getDeviceInfo()) : null, event.getExternalPowerSource(),
					event.getBatteryLevelUnavailable(), event.getBatteryLevel(), event.getMargin());
		}

	}

	/**
	 * What the bridge uses of a {@code log} event.
	 *
	 * @param device the device, if the event names one
	 * @param codecError whether ChirpStack's device-profile codec failed on an uplink
	 * @param description ChirpStack's description of what happened
	 */
	public record DeviceLog(@Nullable Device device, boolean codecError,
			String description) implements ChirpStackEvent {

		static DeviceLog of(LogEvent event) {
			return new DeviceLog(event.hasDeviceInfo() ? Device.of(event.getDeviceInfo()) : null,
					event.getCode() == LogCode.UPLINK_CODEC, event.getDescription());
		}

	}

	/**
	 * The device an event is about, as ChirpStack names it ({@code deviceInfo}); empty
	 * strings for what the event leaves out.
	 *
	 * @param devEui the DevEUI as written, not yet checked
	 * @param name the device's name in ChirpStack
	 * @param profileName the name of its device profile
	 * @param tags the device's tags
	 */
	public record Device(String devEui, String name, String profileName, Map<String, String> tags) {

		static Device of(DeviceInfo info) {
			return new Device(info.getDevEui(), info.getDeviceName(), info.getDeviceProfileName(), info.getTagsMap());
		}

	}

}
