package org.nordpark.api.sensor;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The health of one sensor, from its latest uplinks.
 *
 * @param online whether the sensor was heard within {@code offlineAfter}
 * @param lastSeen time of the latest uplink, absent if never heard
 * @param offlineAfter silence after which it counts as offline (ISO-8601 duration)
 * @param batteryPct latest battery level, percent
 * @param batteryV latest battery voltage, volts
 * @param rssi RSSI of the latest uplink, dBm
 * @param snr SNR of the latest uplink, dB
 * @param gateways gateways that received the latest uplink
 * @param sf spreading factor of the latest uplink
 * @param fCnt frame counter of the latest uplink
 * @param completeness share of uplinks received over the completeness window (0..1), from
 * frame counter gaps; absent without uplinks or after a counter reset
 * @param uplinksReceived uplinks received over the completeness window
 * @param uplinksExpected uplinks sent over the window according to the frame counter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SensorStatus(@Schema(example = "true") boolean online,
		@Schema(example = "2025-03-12T17:05:00.123Z") @Nullable Instant lastSeen,
		@Schema(example = "PT2H") String offlineAfter, @Schema(example = "87") @Nullable Double batteryPct,
		@Schema(example = "3.61") @Nullable Double batteryV, @Schema(example = "-97") @Nullable Double rssi,
		@Schema(example = "6.25") @Nullable Double snr, @Schema(example = "2") @Nullable Long gateways,
		@Schema(example = "9") @Nullable Long sf,
		@Schema(example = "1432") @com.fasterxml.jackson.annotation.JsonProperty("fCnt") @Nullable Long fCnt,
		@Schema(example = "0.98") @Nullable Double completeness, @Schema(example = "94") @Nullable Long uplinksReceived,
		@Schema(example = "96") @Nullable Long uplinksExpected) {

}
