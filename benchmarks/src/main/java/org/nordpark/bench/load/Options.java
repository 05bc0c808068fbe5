package org.nordpark.bench.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code --key=value} command-line options with defaults. */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	Options(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("options look like --name=value, not '" + arg + "'");
			}
			int eq = arg.indexOf('=');
			if (eq < 0) {
				this.values.put(arg.substring(2), "true");
			}
			else {
				this.values.put(arg.substring(2, eq), arg.substring(eq + 1));
			}
		}
	}

	String get(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	int getInt(String name, int fallback) {
		return Integer.parseInt(get(name, Integer.toString(fallback)).replace("_", ""));
	}

	Path getPath(String name, String fallback) {
		return Path.of(get(name, fallback));
	}

	boolean has(String name) {
		return this.values.containsKey(name);
	}

}
