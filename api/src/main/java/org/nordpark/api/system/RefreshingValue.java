package org.nordpark.api.system;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value computed on demand and then served from memory for at most {@code ttl}.
 * Concurrent callers that find it stale wait for one computation instead of each running
 * their own (so 200 clients cause one database query per period). Never serves a value
 * older than the ttl; a ttl of zero computes on every call.
 *
 * @param <T> the value type
 */
public final class RefreshingValue<T> {

	private final Supplier<T> loader;

	private final long ttlNanos;

	private final LongSupplier ticker;

	private volatile @Nullable Entry<T> entry;

	public RefreshingValue(Duration ttl, Supplier<T> loader) {
		this(ttl, loader, System::nanoTime);
	}

	RefreshingValue(Duration ttl, Supplier<T> loader, LongSupplier ticker) {
		this.loader = loader;
		this.ttlNanos = ttl.toNanos();
		this.ticker = ticker;
	}

	/** The value, computed now if the held one is older than the ttl. */
	public T get() {
		if (this.ttlNanos <= 0) {
			return this.loader.get();
		}
		Entry<T> current = this.entry;
		if (current != null && fresh(current)) {
			return current.value();
		}
		synchronized (this) {
			current = this.entry;
			if (current != null && fresh(current)) {
				return current.value();
			}
			// the value's age counts from the start of its computation
			long started = this.ticker.getAsLong();
			T value = this.loader.get();
			this.entry = new Entry<>(value, started);
			return value;
		}
	}

	/** Drops the held value so the next call computes it. */
	public void invalidate() {
		this.entry = null;
	}

	private boolean fresh(Entry<T> entry) {
		return this.ticker.getAsLong() - entry.loadedAt() < this.ttlNanos;
	}

	private record Entry<T>(T value, long loadedAt) {

	}

}
