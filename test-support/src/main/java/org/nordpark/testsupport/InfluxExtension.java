package org.nordpark.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@code influxd} without authentication per test JVM before the first test
 * class that uses it and stops it when the run ends. Tests get it as an
 * {@link InfluxServer} parameter or from {@link #server()}; each test should use its own
 * database ({@link InfluxServer#newDatabase()}).
 */
public final class InfluxExtension implements BeforeAllCallback, ParameterResolver {

	private static final SharedServer<InfluxServer> SHARED = new SharedServer<>(InfluxServer::open);

	/** The shared server, started if it is not running. */
	public static InfluxServer server() {
		return SHARED.get();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		SHARED.closeWithRun(context);
		SHARED.get();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == InfluxServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return SHARED.get();
	}

}
