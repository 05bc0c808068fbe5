package org.nordpark.testsupport;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Names that no other test in the JVM uses: databases, topic prefixes, client ids. */
public final class UniqueNames {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

	private UniqueNames() {
	}

	/**
	 * A name such as {@code db_k3f_7}: lower case, letters, digits and underscores only.
	 */
	public static String next(String prefix) {
		return (prefix + "_" + RUN + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
	}

}
