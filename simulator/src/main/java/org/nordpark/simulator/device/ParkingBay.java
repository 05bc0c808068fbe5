package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.nordpark.model.CatalogSettings;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.Tps110Encoder;
import org.nordpark.simulator.scenario.DayPlan;
import org.nordpark.simulator.scenario.Randoms;
import org.nordpark.simulator.scenario.SiteScenario;

/**
 * A Bosch TPS110 bay sensor. Each day the bay gets a list of stays: short visits on
 * normal days (more at EV chargers) and, on match days, one match stay with arrival and
 * departure drawn from the scenario's car waves. The sensor sends a status frame at every
 * change and a heartbeat once a day.
 */
final class ParkingBay extends SimulatedDevice {

	private static final Duration HEARTBEAT = Duration.ofHours(24);

	private static final int[] FIRMWARE = { 0, 29, 2 };

	/** In-ground sensors lose a lot of signal. */
	private static final double IN_GROUND_LOSS_DB = 16;

	private final String section;

	private final double matchShare;

	private final NavigableMap<Instant, Boolean> changes = new TreeMap<>();

	private LocalDate plannedUntil = LocalDate.MIN;

	private Instant lastLeave = Instant.EPOCH;

	private Instant nextHeartbeat = Instant.EPOCH;

	private boolean occupied;

	private boolean reported;

	ParkingBay(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, IN_GROUND_LOSS_DB);
		this.section = sensor.settings().getOrDefault(CatalogSettings.SECTION, "general");
		this.matchShare = switch (this.section) {
			case "coach" -> 0.85;
			case "ev-charging" -> 0.8;
			case "disabled" -> 0.75;
			default -> 0.97;
		};
	}

	/** Whether the bay is occupied at {@code time} (planning days as needed). */
	boolean occupiedAt(Instant time) {
		planUntil(time.plus(Duration.ofDays(1)));
		Map.Entry<Instant, Boolean> change = this.changes.floorEntry(time);
		return change != null && change.getValue();
	}

	@Override
	protected void onRestart(Instant time) {
		this.changes.clear();
		this.plannedUntil = time.atZone(zone()).toLocalDate().minusDays(1);
		this.lastLeave = Instant.EPOCH;
		this.occupied = occupiedAt(time);
		this.nextHeartbeat = time.plusSeconds(this.random.nextLong(HEARTBEAT.toSeconds()));
	}

	@Override
	protected Instant first(Instant time) {
		return nextEvent(time);
	}

	@Override
	protected Instant following(Instant time) {
		return nextEvent(time);
	}

	@Override
	protected Frame startup(Instant time) {
		this.occupied = occupiedAt(time);
		this.reported = this.occupied;
		return Tps110Encoder.startup(this.occupied, FIRMWARE, Tps110Encoder.RESET_POWER_ON);
	}

	@Override
	protected Frame frame(Instant time) {
		this.occupied = occupiedAt(time);
		if (!time.isBefore(this.nextHeartbeat)) {
			this.nextHeartbeat = this.nextHeartbeat.plus(HEARTBEAT);
			if (this.nextHeartbeat.isBefore(time)) {
				this.nextHeartbeat = time.plus(HEARTBEAT);
			}
			this.reported = this.occupied;
			int temperature = (int) Math.round(scenario().weather().temperatureC(time) + (this.occupied ? 1 : 3));
			return Tps110Encoder.heartbeat(this.occupied, temperature);
		}
		this.reported = this.occupied;
		return Tps110Encoder.status(this.occupied);
	}

	/**
	 * The next state change after {@code time} or the next heartbeat, whichever is first.
	 */
	private Instant nextEvent(Instant time) {
		if (occupiedAt(time) != this.reported) {
			return time.plusSeconds(1 + this.random.nextLong(30));
		}
		planUntil(time.plus(Duration.ofDays(2)));
		Instant change = this.changes.higherKey(time);
		while (change != null && this.changes.get(change) == this.reported) {
			change = this.changes.higherKey(change);
		}
		if (change == null || change.isAfter(this.nextHeartbeat)) {
			return this.nextHeartbeat.isAfter(time) ? this.nextHeartbeat : time.plus(HEARTBEAT);
		}
		return change;
	}

	private ZoneId zone() {
		return scenario().zone();
	}

	private void planUntil(Instant until) {
		LocalDate last = until.atZone(zone()).toLocalDate();
		while (this.plannedUntil.isBefore(last)) {
			this.plannedUntil = this.plannedUntil.plusDays(1);
			plan(this.plannedUntil);
		}
	}

	private void plan(LocalDate date) {
		SiteScenario scenario = scenario();
		DayPlan day = scenario.plan(date);
		var random = Randoms.derive(this.context.seed(), this.sensor.devEui() + date);
		List<Instant[]> stays = new ArrayList<>();
		Instant midnight = date.atStartOfDay(zone()).toInstant();
		double visits = switch (this.section) {
			case "ev-charging" -> 2.2;
			case "coach" -> 0.05;
			case "disabled" -> 0.5;
			default -> 0.45;
		};
		int count = Randoms.poisson(random, visits);
		for (int i = 0; i < count; i++) {
			double hour = Randoms.clamp(Randoms.normal(random, 12, 3.2), 5, 22);
			double hours = Math.min(10, 0.3 + random.nextDouble() * (this.section.equals("ev-charging") ? 2.5 : 4.5));
			Instant arrive = midnight.plusSeconds((long) (hour * 3600));
			stays.add(new Instant[] { arrive, arrive.plusSeconds((long) (hours * 3600)) });
		}
		if (day.matchDay() && random.nextDouble() < this.matchShare) {
			Instant kickoff = day.kickoffInstant();
			double early = this.section.equals("coach") ? -45 : 0;
			double arrive = SiteScenario.CAR_ARRIVAL.sample(random) + early;
			double leave = SiteScenario.CAR_DEPARTURE.sample(random) + (this.section.equals("coach") ? 15 : 0);
			if (random.nextDouble() < 0.04) {
				leave = 75 + 25 * random.nextDouble(); // leaving before the final whistle
			}
			Instant[] match = { kickoff.plusSeconds((long) (arrive * 60)), kickoff.plusSeconds((long) (leave * 60)) };
			// the match stay wins over ordinary visits that would overlap it
			stays.removeIf((stay) -> stay[1].isAfter(match[0].minusSeconds(600))
					&& stay[0].isBefore(match[1].plusSeconds(600)));
			stays.add(match);
		}
		stays.sort((a, b) -> a[0].compareTo(b[0]));
		for (Instant[] stay : stays) {
			if (stay[0].isAfter(this.lastLeave.plusSeconds(120))) {
				this.changes.put(stay[0], true);
				this.changes.put(stay[1], false);
				this.lastLeave = stay[1];
			}
		}
	}

}
