package org.nordpark.bridge.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog the bridge decodes with: entries from the site manifest, from ChirpStack's
 * API (which win over the manifest) and, when allowed, learned from the device info of
 * events. Thread-safe; listeners hear of every new or changed entry.
 */
public class SensorCatalog {

	private static final Logger log = LoggerFactory.getLogger(SensorCatalog.class);

	private final Map<String, CatalogEntry> entries = new ConcurrentHashMap<>();

	private final CopyOnWriteArrayList<CatalogListener> listeners = new CopyOnWriteArrayList<>();

	private final AtomicReference<CatalogState> state;

	private final @Nullable DeviceTags learner;

	private final Function<CatalogEntry, Map<String, String>> settingsCheck;

	private final Map<String, String> settingProblems = new ConcurrentHashMap<>();

	/**
	 * @param source name of the configured source, for health
	 * @param learner builds entries from event device info; {@code null} = unknown
	 * devices stay unknown
	 * @param settingsCheck what is wrong with an entry's settings, by setting name
	 */
	SensorCatalog(String source, @Nullable DeviceTags learner,
			Function<CatalogEntry, Map<String, String>> settingsCheck) {
		this.state = new AtomicReference<>(new CatalogState(source, 0, null, null, Map.of()));
		this.learner = learner;
		this.settingsCheck = settingsCheck;
	}

	private volatile Runnable refreshTrigger = () -> {
	};

	/** Asks the source for a refresh, e.g. after an uplink of an unknown device. */
	public void requestRefresh() {
		this.refreshTrigger.run();
	}

	void setRefreshTrigger(Runnable trigger) {
		this.refreshTrigger = trigger;
	}

	/** A catalog of fixed entries that learns nothing, e.g. for tests and tools. */
	public static SensorCatalog of(String source, Collection<CatalogEntry> entries) {
		SensorCatalog catalog = new SensorCatalog(source, null, (entry) -> Map.of());
		catalog.load(entries);
		return catalog;
	}

	public void addListener(CatalogListener listener) {
		this.listeners.add(listener);
	}

	/** The entry of a sensor. */
	public Optional<CatalogEntry> find(String sensorId) {
		return Optional.ofNullable(this.entries.get(sensorId));
	}

	/** Every entry. */
	public Collection<CatalogEntry> entries() {
		return this.entries.values();
	}

	public CatalogState state() {
		CatalogState state = this.state.get();
		return new CatalogState(state.source(), state.size(), state.lastRefresh(), state.lastError(),
				Map.copyOf(this.settingProblems));
	}

	/**
	 * An entry for a device the catalog does not know yet, built from an event's device
	 * info (ChirpStack merges application, profile and device tags into it).
	 * @throws IllegalArgumentException naming what the device info lacks
	 */
	public Optional<CatalogEntry> learn(String devEui, String name, String profileName, Map<String, String> tags) {
		if (this.learner == null) {
			return Optional.empty();
		}
		CatalogEntry entry = this.learner.toEntry(devEui, name, profileName, tags, Instant.now());
		log.info("learned sensor from event [sensorId: {}, model: {}, kind: {}]", entry.sensorId(), entry.model(),
				entry.kind());
		put(entry);
		return Optional.of(entry);
	}

	/** Adds or replaces entries from a source and records the successful load. */
	void load(Collection<CatalogEntry> loaded) {
		loaded.forEach(this::put);
		this.state
			.updateAndGet((s) -> new CatalogState(s.source(), this.entries.size(), Instant.now(), null, Map.of()));
	}

	void failed(String reason) {
		this.state
			.updateAndGet((s) -> new CatalogState(s.source(), this.entries.size(), s.lastRefresh(), reason, Map.of()));
	}

	private void put(CatalogEntry entry) {
		checkSettings(entry);
		CatalogEntry previous = this.entries.put(entry.sensorId(), entry);
		if (previous == null || !sameContent(previous, entry)) {
			this.listeners.forEach((listener) -> listener.changed(entry));
		}
	}

	/**
	 * Reports settings that cannot fit the device once per change: a log line naming the
	 * device and the setting, and the catalog state (health).
	 */
	private void checkSettings(CatalogEntry entry) {
		Map<String, String> problems = this.settingsCheck.apply(entry);
		if (problems.isEmpty()) {
			if (this.settingProblems.remove(entry.sensorId()) != null) {
				log.info("sensor settings fit the device again [sensorId: {}, model: {}]", entry.sensorId(),
						entry.model());
			}
			return;
		}
		String text = String.join("; ", problems.values());
		if (!text.equals(this.settingProblems.put(entry.sensorId(), text))) {
			problems.forEach((setting, problem) -> log.warn(
					"sensor setting does not fit the device [sensorId: {}, model: {}, setting: {}, problem: {}]",
					entry.sensorId(), entry.model(), setting, problem));
		}
	}

	private static boolean sameContent(CatalogEntry a, CatalogEntry b) {
		return a.name().equals(b.name()) && a.model().equals(b.model()) && a.kind() == b.kind()
				&& java.util.Objects.equals(a.zone(), b.zone()) && java.util.Objects.equals(a.lat(), b.lat())
				&& java.util.Objects.equals(a.lon(), b.lon()) && a.settings().equals(b.settings())
				&& a.source() == b.source();
	}

}
