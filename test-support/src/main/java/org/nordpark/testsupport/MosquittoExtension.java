package org.nordpark.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one anonymous {@code mosquitto} per test JVM before the first test class that
 * uses it and stops it when the run ends. Tests get it as a {@link MosquittoServer}
 * parameter or, e.g. in a {@code @DynamicPropertySource} method, from {@link #server()};
 * each test should take its own topic prefix ({@link MosquittoServer#newTopicPrefix()}).
 */
public final class MosquittoExtension implements BeforeAllCallback, ParameterResolver {

	private static final SharedServer<MosquittoServer> SHARED = new SharedServer<>(
			() -> MosquittoServer.builder().build());

	/** The shared broker, started if it is not running. */
	public static MosquittoServer server() {
		return SHARED.get();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		SHARED.closeWithRun(context);
		SHARED.get();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == MosquittoServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return SHARED.get();
	}

}
