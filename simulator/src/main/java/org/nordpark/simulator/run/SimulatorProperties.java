package org.nordpark.simulator.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;
import org.nordpark.simulator.chirpstack.ChirpStackTenant;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.scenario.ScenarioChoice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What to simulate and how ({@code nordpark.simulator.*}).
 *
 * @param manifest the site manifest file
 * @param mode backfill, live, or a backfill followed by a live run
 * @param backfill how much history a backfill writes, ending now
 * @param backfillFrom where the backfill starts, instead of {@code backfill} before now
 * (a demo's second run: the moment of the last stop, so the gap has no hole)
 * @param speed live runs: scenario seconds per real second (60 = a day in 24 minutes)
 * @param scale how many copies of the site to simulate (load tests)
 * @param seed random seed; the same seed gives the same events
 * @param scenario which days are match days: auto (Saturdays), normal, match-day
 * @param liveScenario the scenario of the live part from today on (e.g. match-day after
 * an auto backfill); empty keeps {@code scenario}
 * @param kickoff local kick-off time on match days, {@code HH:mm}
 * @param liveStart live runs: local scenario time of day to start at, {@code HH:mm};
 * empty starts at the current time
 * @param format event payload format: json (ChirpStack's default) or protobuf
 * @param duplicateRate share of uplinks delivered twice (0-1)
 * @param statusInterval how often each device sends a status event
 * @param maxRate backfill: at most this many messages per second (0 = as fast as the
 * broker acknowledges)
 * @param exitWhenDone exit once a backfill-only run is complete
 * @param exportManifest if set, write the (scaled) manifest to this file at start
 * @param chirpstack tenant and application the devices belong to
 * @param gateways the simulated gateways
 */
@ConfigurationProperties("nordpark.simulator")
@Validated
public record SimulatorProperties(@DefaultValue("config/nordpark-site.yaml") String manifest,
		@DefaultValue("live") Mode mode, @DefaultValue("7d") Duration backfill,
		@DefaultValue("1") @DecimalMin("0.001") @DecimalMax("100000") double speed,
		@DefaultValue("1") @Min(1) @Max(1000) int scale, @DefaultValue("1") long seed,
		@DefaultValue("auto") ScenarioChoice scenario, @Nullable ScenarioChoice liveScenario,
		@DefaultValue("15:30") String kickoff, @Nullable String liveStart, @DefaultValue("json") EventFormat format,
		@DefaultValue("0.005") @DecimalMin("0") @DecimalMax("1") double duplicateRate,
		@DefaultValue("24h") Duration statusInterval, @DefaultValue("0") @Min(0) int maxRate,
		@DefaultValue("false") boolean exitWhenDone, @Nullable String exportManifest, @DefaultValue Tenant chirpstack,
		@NotEmpty List<GatewaySite> gateways, @Nullable Instant backfillFrom) {

	public SimulatorProperties {
		gateways = (gateways == null) ? List.of() : List.copyOf(gateways);
		parseTime(kickoff, "kickoff");
		if (liveStart != null && liveStart.isBlank()) {
			liveStart = null;
		}
		if (liveStart != null) {
			parseTime(liveStart, "live-start");
		}
		if (backfill.isNegative()) {
			throw new IllegalArgumentException("backfill must not be negative");
		}
	}

	/** The manifest file. */
	public Path manifestFile() {
		return Path.of(this.manifest);
	}

	/** Where to write the (scaled) manifest, if anywhere. */
	public @Nullable Path exportFile() {
		return (this.exportManifest != null && !this.exportManifest.isBlank()) ? Path.of(this.exportManifest) : null;
	}

	/** The kick-off time. */
	public LocalTime kickoffTime() {
		return parseTime(this.kickoff, "kickoff");
	}

	/** The live start time of day, if set. */
	public @Nullable LocalTime liveStartTime() {
		return (this.liveStart != null) ? parseTime(this.liveStart, "live-start") : null;
	}

	private static LocalTime parseTime(String text, String what) {
		try {
			return LocalTime.parse(text.strip());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(what + " '" + text + "' is not a time of day like 15:30");
		}
	}

	/** What a run does. */
	public enum Mode {

		/** Write history up to now, then stop. */
		BACKFILL,
		/** Publish as things happen, forever. */
		LIVE,
		/** Write history up to now, then continue live. */
		BACKFILL_THEN_LIVE

	}

	/** Payload format of the events. */
	public enum EventFormat {

		/** ChirpStack's JSON (integration {@code json=true}). */
		JSON,
		/** Binary protobuf (integration {@code json=false}). */
		PROTOBUF

	}

	/**
	 * Tenant and application in ChirpStack.
	 *
	 * @param tenantId tenant UUID
	 * @param tenantName tenant name
	 * @param applicationId application UUID
	 * @param applicationName application name
	 * @param region region configuration id
	 */
	public record Tenant(@DefaultValue("52f14cd4-c6f1-4fbd-8f87-4025e1d49242") String tenantId,
			@DefaultValue("Stadt Mönchengladbach (simulated)") String tenantName,
			@DefaultValue("0b6d4a9e-1c2f-4e3a-9d58-7f1e2a3b4c5d") String applicationId,
			@DefaultValue("nordpark-sensors") String applicationName, @DefaultValue("eu868") String region) {

		/** As the event builder needs it. */
		public ChirpStackTenant toTenant() {
			return new ChirpStackTenant(this.tenantId, this.tenantName, this.applicationId, this.applicationName,
					this.region);
		}

	}

}
