package org.nordpark.api.system.caching;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value computed on demand and then served from memory, so 200 clients cause one
 * database query per period instead of 200, and while clients keep asking none of them
 * waits for the database:
 * <ul>
 * <li>once a value is older than half the ttl (its age counts from the start of its
 * computation), the next call starts one refresh in the background and still gets the
 * held value;</li>
 * <li>the held value is served while that refresh runs and for one ttl after its
 * computation ended, so under steady use a value is at most the ttl plus one refresh's
 * duration old (the database client's timeouts bound that), however slow the database
 * is;</li>
 * <li>a value that ended longer than the ttl ago with no refresh running (after an idle
 * period, or once refreshes fail) is computed now; callers that find it so wait for one
 * computation instead of each running their own;</li>
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

	/** The value, computed now if the held one is out of use (see the class comment). */
	public T get() {
		if (this.ttlNanos <= 0) {
			return this.loader.get();
		}
		Entry<T> current = this.entry;
		if (current != null) {
			long now = this.ticker.getAsLong();
			if (now - current.startedAt() < this.ttlNanos / 2) {
				return current.value();
			}
			if (now - current.endedAt() < this.ttlNanos || this.refreshing.get()) {
				refreshInBackground();
				return current.value();
			}
		}
		synchronized (this) {
			current = this.entry;
			if (current != null && this.ticker.getAsLong() - current.endedAt() < this.ttlNanos) {
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
		if (current == null || current.startedAt() <= started) {
			this.entry = new Entry<>(value, started, this.ticker.getAsLong());
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

	private record Entry<T>(T value, long startedAt, long endedAt) {

	}

}
