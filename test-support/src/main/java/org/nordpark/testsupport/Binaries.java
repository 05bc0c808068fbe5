package org.nordpark.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the server binaries, also in {@code /usr/sbin} where Debian puts
 * {@code mosquitto}, and fails with the package to install when one is missing.
 */
final class Binaries {

	private Binaries() {
	}

	static Path find(String name, String debianPackage) {
		List<String> dirs = new ArrayList<>();
		String path = System.getenv("PATH");
		if (path != null) {
			dirs.addAll(List.of(path.split(java.io.File.pathSeparator)));
		}
		dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/bin"));
		for (String dir : dirs) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				"'" + name + "' was not found on PATH or in /usr/sbin: install the Debian package `" + debianPackage
						+ "` (sudo apt-get update && sudo apt-get install -y " + debianPackage
						+ "), or run scripts/test.sh, which installs it");
	}

}
