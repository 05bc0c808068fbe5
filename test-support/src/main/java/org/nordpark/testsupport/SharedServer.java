package org.nordpark.testsupport;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server per test JVM, started on first use and closed when the JUnit run ends (or by
 * the shutdown hook if the JVM dies first).
 */
final class SharedServer<T extends ServerProcess> {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

	private final Supplier<T> factory;

	private @Nullable T server;

	SharedServer(Supplier<T> factory) {
		this.factory = factory;
	}

	/** The running shared server, started if needed (a test may have stopped it). */
	synchronized T get() {
		if (this.server == null) {
			this.server = this.factory.get();
		}
		if (!this.server.isRunning()) {
			this.server.start();
		}
		return this.server;
	}

	/** Makes sure the server is closed when the whole JUnit run ends. */
	void closeWithRun(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(this, (key) -> (AutoCloseable) this::close);
	}

	private synchronized void close() {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
	}

}
