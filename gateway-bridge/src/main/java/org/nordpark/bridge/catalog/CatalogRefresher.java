package org.nordpark.bridge.catalog;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.grpc.StatusRuntimeException;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.site.SiteManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Loads the catalog at start-up (manifest first, then ChirpStack's API) and refreshes it
 * from the API periodically and when uplinks of unknown devices arrive. An unreachable
 * API keeps the last catalog; the failure shows in health and is retried.
 */
class CatalogRefresher implements SmartLifecycle {

	/** Starts before the MQTT client, stops after it. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	private static final Logger log = LoggerFactory.getLogger(CatalogRefresher.class);

	private final SensorCatalog catalog;

	private final CatalogProperties properties;

	private final ChirpStackProperties chirpStack;

	private final @Nullable ChirpStackCatalogClient client;

	private final AtomicReference<Instant> lastTriggered = new AtomicReference<>(Instant.EPOCH);

	private @Nullable ScheduledExecutorService scheduler;

	private volatile boolean running;

	CatalogRefresher(SensorCatalog catalog, CatalogProperties properties, ChirpStackProperties chirpStack,
			@Nullable ChirpStackCatalogClient client) {
		this.catalog = catalog;
		this.properties = properties;
		this.chirpStack = chirpStack;
		this.client = client;
	}

	@Override
	public void start() {
		this.running = true;
		loadManifest();
		if (this.client != null) {
			ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
				Thread thread = new Thread(runnable, "catalog-refresh");
				thread.setDaemon(true);
				return thread;
			});
			this.scheduler = executor;
			this.catalog.setRefreshTrigger(this::requestRefresh);
			executor.scheduleWithFixedDelay(this::refresh, 0, this.chirpStack.refreshInterval().toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	private void loadManifest() {
		if (!Files.isRegularFile(this.properties.manifest())) {
			if (this.client == null) {
				String reason = "site manifest " + this.properties.manifest() + " not found";
				log.warn("no catalog source [reason: {}, setting: nordpark.catalog.manifest]", reason);
				this.catalog.failed(reason);
			}
			return;
		}
		try {
			Instant now = Instant.now();
			List<CatalogEntry> entries = SiteManifest.load(this.properties.manifest())
				.sensors()
				.stream()
				.map((sensor) -> sensor.toCatalogEntry(now))
				.toList();
			this.catalog.load(entries);
			log.info("catalog loaded from manifest [file: {}, sensors: {}]", this.properties.manifest(),
					entries.size());
		}
		catch (IllegalArgumentException ex) {
			log.warn("site manifest not loaded [reason: {}]", ex.getMessage());
			this.catalog.failed(ex.getMessage());
		}
	}

	/** Reads the catalog from ChirpStack once; failures keep the last catalog. */
	void refresh() {
		ChirpStackCatalogClient source = this.client;
		if (source == null) {
			return;
		}
		try {
			List<CatalogEntry> entries = source.fetchAll();
			this.catalog.load(entries);
			log.info("catalog refreshed from ChirpStack [devices: {}]", entries.size());
		}
		catch (StatusRuntimeException ex) {
			String reason = "ChirpStack API " + this.chirpStack.apiTarget() + ": " + ex.getStatus().getCode()
					+ ((ex.getStatus().getDescription() != null) ? " " + ex.getStatus().getDescription() : "");
			this.catalog.failed(reason);
			log.warn("catalog refresh failed, keeping the last catalog [entries: {}, reason: {}]",
					this.catalog.entries().size(), reason);
		}
		catch (RuntimeException ex) {
			this.catalog.failed(String.valueOf(ex.getMessage()));
			log.warn("catalog refresh failed, keeping the last catalog [entries: {}]", this.catalog.entries().size(),
					ex);
		}
	}

	void requestRefresh() {
		ScheduledExecutorService executor = this.scheduler;
		Instant now = Instant.now();
		Instant last = this.lastTriggered.get();
		if (executor != null && now.isAfter(last.plus(this.chirpStack.unknownDeviceRefreshGap()))
				&& this.lastTriggered.compareAndSet(last, now)) {
			executor.execute(this::refresh);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.scheduler;
		if (executor != null) {
			executor.shutdownNow();
		}
		this.scheduler = null;
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
