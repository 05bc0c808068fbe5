package org.nordpark.simulator.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.simulator.run.SimulationStatus.Phase;
import org.nordpark.simulator.scenario.SiteScenario;
import org.nordpark.simulator.run.SimulatorProperties.Mode;
import org.nordpark.simulator.site.ManifestWriter;
import org.nordpark.simulator.site.SiteScaler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the simulation on its own thread: connect, backfill history up to now as fast as
 * the broker takes it (catching up with the clock), then publish live, each event at its
 * time, with the scenario sped up if configured.
 */
@Component
class SimulationRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

	private final SimulatorProperties properties;

	private final MqttSettings mqtt;

	private final SimulationStatus status;

	private final ConfigurableApplicationContext context;

	private @Nullable Thread thread;

	private @Nullable MqttEventPublisher publisher;

	private volatile boolean running;

	private final SslBundles sslBundles;

	private final ExcursionProperties excursion;

	private @Nullable SiteScenario scenario;

	SimulationRunner(SimulatorProperties properties, ExcursionProperties excursion, MqttSettings mqtt,
			SimulationStatus status, ConfigurableApplicationContext context, SslBundles sslBundles) {
		this.sslBundles = sslBundles;
		this.excursion = excursion;
		this.properties = properties;
		this.mqtt = mqtt;
		this.status = status;
		this.context = context;
	}

	@Override
	public void start() {
		SiteManifest site = SiteScaler.scale(SiteManifest.load(this.properties.manifestFile()),
				this.properties.scale());
		Path export = this.properties.exportFile();
		if (export != null) {
			export(site, export);
		}
		Simulation simulation = SimulationFactory.create(site, this.properties);
		this.scenario = SimulationFactory.scenario(site, this.properties);
		this.status.devices(simulation.devices().size());
		log.info("simulating site [name: {}, devices: {}, mode: {}, seed: {}, format: {}]", site.site().name(),
				simulation.devices().size(), this.properties.mode(), this.properties.seed(), this.properties.format());
		this.publisher = new MqttEventPublisher(this.mqtt, this.sslBundles);
		this.running = true;
		ZoneId zone = ZoneId.of(site.site().timeZone());
		this.thread = new Thread(() -> run(simulation, zone), "simulation");
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread worker = this.thread;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.publisher != null) {
			this.publisher.close();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run(Simulation simulation, ZoneId zone) {
		MqttEventPublisher publisher = this.publisher;
		try {
			this.status.phase(Phase.CONNECTING);
			publisher.connect();
			Mode mode = this.properties.mode();
			Instant start = Instant.now();
			if (mode == Mode.BACKFILL || mode == Mode.BACKFILL_THEN_LIVE) {
				backfill(simulation, publisher, start);
			}
			if (mode == Mode.LIVE || mode == Mode.BACKFILL_THEN_LIVE) {
				live(simulation, publisher, zone, mode == Mode.BACKFILL_THEN_LIVE);
			}
			else {
				this.status.phase(Phase.DONE);
				if (this.properties.exitWhenDone()) {
					exit();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("simulation failed [reason: {}]", ex.getMessage(), ex);
			this.status.failed(ex.getMessage());
		}
	}

	private void backfill(Simulation simulation, MqttEventPublisher publisher, Instant now)
			throws InterruptedException {
		this.status.phase(Phase.BACKFILL);
		Instant from = (this.properties.backfillFrom() != null) ? this.properties.backfillFrom()
				: now.minus(this.properties.backfill());
		log.info("backfill started [from: {}, to: now]", from);
		simulation.restart(from);
		TimeMapping identity = TimeMapping.identity();
		long nanosPerMessage = (this.properties.maxRate() > 0) ? 1_000_000_000L / this.properties.maxRate() : 0;
		long started = System.nanoTime();
		long count = 0;
		// catch up with the clock: the backfill ends where live publishing begins
		while (this.running && simulation.peek().isBefore(Instant.now())) {
			List<OutgoingEvent> events = simulation.step(identity);
			for (OutgoingEvent event : events) {
				publisher.publish(event);
				count++;
				if (nanosPerMessage > 0) {
					long due = started + count * nanosPerMessage;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
					}
				}
			}
			if (!events.isEmpty()) {
				this.status.published(events.size(), events.get(events.size() - 1).time());
			}
		}
		publisher.flush(Duration.ofMinutes(1));
		double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
		log.info("backfill done [messages: {}, seconds: {}, per second: {}, lost uplinks: {}]", count,
				Math.round(seconds), Math.round(count / seconds), simulation.lost());
	}

	private void live(Simulation simulation, MqttEventPublisher publisher, ZoneId zone, boolean afterBackfill)
			throws InterruptedException {
		if (this.excursion.enabled()) {
			excursion(simulation, publisher, zone);
			return;
		}
		Instant now = Instant.now();
		LocalTime liveStart = this.properties.liveStartTime();
		double speed = this.properties.speed();
		TimeMapping mapping;
		if (afterBackfill && liveStart == null && speed == 1) {
			mapping = TimeMapping.identity(); // carry on seamlessly from the backfill
		}
		else {
			Instant scenarioStart = (liveStart != null)
					? ZonedDateTime.now(zone).with(liveStart).withSecond(0).withNano(0).toInstant() : now;
			mapping = new TimeMapping(scenarioStart, now, speed);
			simulation.restart(scenarioStart);
		}
		this.status.clock(new ScenarioClock(this.scenario, mapping, null));
		this.status.phase(Phase.LIVE);
		log.info("live run started [scenario time: {}, speed: {}]", mapping.scenarioTime(now), speed);
		while (this.running) {
			Instant due = mapping.eventTime(simulation.peek());
			long wait = Duration.between(Instant.now(), due).toMillis();
			if (wait > 0) {
				Thread.sleep(Math.min(wait, 1000));
				continue;
			}
			List<OutgoingEvent> events = simulation.step(mapping);
			for (OutgoingEvent event : events) {
				publisher.publish(event);
			}
			if (!events.isEmpty()) {
				this.status.published(events.size(), events.get(events.size() - 1).time());
			}
		}
	}

	/**
	 * Excursion mode: today's match day from {@code before-kickoff} to
	 * {@code after-kickoff}, played in {@code duration} of real time, again and again.
	 */
	private void excursion(Simulation simulation, MqttEventPublisher publisher, ZoneId zone)
			throws InterruptedException {
		LocalDate today = LocalDate.now(zone);
		Instant kickoff = today.atTime(this.properties.kickoffTime()).atZone(zone).toInstant();
		Instant windowStart = kickoff.minus(this.excursion.beforeKickoff());
		Duration window = this.excursion.beforeKickoff().plus(this.excursion.afterKickoff());
		ExcursionLoop loops = new ExcursionLoop(windowStart, window, Instant.now(), this.excursion.duration());
		long loop = 0;
		TimeMapping mapping = loops.mapping(loop);
		simulation.restart(windowStart);
		this.status.clock(new ScenarioClock(this.scenario, mapping, loops));
		this.status.phase(Phase.LIVE);
		log.info("excursion run started [window: {} to {}, real time per loop: {}, speed: {}]", windowStart,
				loops.windowEnd(), this.excursion.duration(), Math.round(loops.speed() * 10) / 10.0);
		while (this.running) {
			if (!simulation.peek().isBefore(loops.windowEnd())) {
				loop++;
				mapping = loops.mapping(loop);
				simulation.restart(windowStart);
				log.info("excursion loop {} started: the match day plays again", loop);
				continue;
			}
			Instant due = mapping.eventTime(simulation.peek());
			long wait = Duration.between(Instant.now(), due).toMillis();
			if (wait > 0) {
				Thread.sleep(Math.min(wait, 1000));
				continue;
			}
			List<OutgoingEvent> events = simulation.step(mapping);
			for (OutgoingEvent event : events) {
				publisher.publish(event);
			}
			if (!events.isEmpty()) {
				this.status.published(events.size(), events.get(events.size() - 1).time());
			}
		}
	}

	private void export(SiteManifest site, Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, ManifestWriter.toYaml(site));
			log.info("wrote the simulated site's manifest [file: {}, sensors: {}]", file, site.sensors().size());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write the manifest to " + file + ": " + ex.getMessage(), ex);
		}
	}

	private void exit() {
		Thread exiter = new Thread(() -> System.exit(SpringApplication.exit(this.context, () -> 0)), "simulation-exit");
		exiter.start();
	}

}
