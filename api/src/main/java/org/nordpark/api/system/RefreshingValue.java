package org.nordpark.api.system;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value computed on demand and then served from memory for at most {@code ttl}, so 200
 * clients cause one database query per period instead of 200:
 * <ul>
 * <li>never serves a value older than the ttl (its age counts from the start of its
 * computation);</li>
 * <li>once a value is older than half the ttl, the next call starts one refresh in the
 * background and still gets the held value, so under steady load callers rarely
 * wait;</li>
 * <li>callers that find the value expired wait for one computation instead of each
 * running their own;</li>
 * <li>a ttl of zero computes on every call.</li>
 * </ul>
 *
 * @param <T> the value type
 */
public final class RefreshingValue<T> {

	private static final Logger log = LoggerFactory.getLogger(RefreshingValue.class);

	private final Supplier<T> loader;

	private final long ttlNanos;

	private final LongSupplier ticker;

	private final Executor background;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile @Nullable Entry<T> entry;

	public RefreshingValue(Duration ttl, Supplier<T> loader) {
		this(ttl, loader, System::nanoTime, RefreshingValue::runInDaemonThread);
	}

	RefreshingValue(Duration ttl, Supplier<T> loader, LongSupplier ticker, Executor background) {
		this.loader = loader;
		this.ttlNanos = ttl.toNanos();
		this.ticker = ticker;
		this.background = background;
	}

	/** The value, computed now if the held one is older than the ttl. */
	public T get() {
		if (this.ttlNanos <= 0) {
			return this.loader.get();
		}
		Entry<T> current = this.entry;
		if (current != null) {
			long age = this.ticker.getAsLong() - current.loadedAt();
			if (age < this.ttlNanos) {
				if (age >= this.ttlNanos / 2) {
					refreshInBackground();
				}
				return current.value();
			}
		}
		synchronized (this) {
			current = this.entry;
			if (current != null && this.ticker.getAsLong() - current.loadedAt() < this.ttlNanos) {
				return current.value();
			}
			return load();
		}
	}

	/** Drops the held value so the next call computes it. */
	public void invalidate() {
		this.entry = null;
	}

	private T load() {
		long started = this.ticker.getAsLong();
		T value = this.loader.get();
		Entry<T> current = this.entry;
		if (current == null || current.loadedAt() <= started) {
			this.entry = new Entry<>(value, started);
		}
		return value;
	}

	private void refreshInBackground() {
		if (!this.refreshing.compareAndSet(false, true)) {
			return;
		}
		this.background.execute(() -> {
			try {
				synchronized (this) {
					load();
				}
			}
			catch (RuntimeException ex) {
				log.debug("background refresh failed, the next call retries [reason: {}]", ex.getMessage());
			}
			finally {
				this.refreshing.set(false);
			}
		});
	}

	private static void runInDaemonThread(Runnable task) {
		Thread thread = new Thread(task, "cache-refresh");
		thread.setDaemon(true);
		thread.start();
	}

	private record Entry<T>(T value, long loadedAt) {

	}

}
