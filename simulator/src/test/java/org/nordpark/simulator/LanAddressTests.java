package org.nordpark.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's LAN address detection ({@code scripts/lib/network.sh}, used by
 * {@code demo.sh --lan}) on recorded outputs of {@code ip route get} and
 * {@code hostname -I}, with stand-ins for both commands on the PATH.
 */
class LanAddressTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@TempDir
	Path bin;

	@Test
	void takesTheSourceAddressOfTheDefaultRoute() throws Exception {
		fake("ip", "echo '192.0.2.1 via 192.168.178.1 dev wlp2s0 src 192.168.178.34 uid 1000'; echo '    cache'");
		fake("hostname", "echo '10.8.0.2 192.168.178.34'");
		assertThat(run("nordpark_lan_address")).isEqualTo("192.168.178.34");
	}

	@Test
	void fallsBackToThePrivateAddressesOfTheHostWithoutARoute() throws Exception {
		fake("ip", "echo 'RTNETLINK answers: Network is unreachable' >&2; exit 2");
		fake("hostname", "echo '172.17.0.1 10.20.30.40 fe80::1c2b:3cff:fe4d:5e6f'");
		// 10/8 before 172.16/12, where Docker's bridge lives
		assertThat(run("nordpark_lan_address")).isEqualTo("10.20.30.40");
	}

	@Test
	void prefersHomeAndOfficeNetworksAndSkipsLoopbackAndLinkLocal() throws Exception {
		assertThat(run("echo '127.0.0.1 169.254.3.4 10.0.0.7 192.168.1.20' | nordpark_pick_address"))
			.isEqualTo("192.168.1.20");
		assertThat(run("echo '127.0.0.1 169.254.3.4 203.0.113.9' | nordpark_pick_address")).isEqualTo("203.0.113.9");
		assertThat(run("echo '127.0.0.1 ::1' | nordpark_pick_address")).isEmpty();
	}

	@Test
	void findsNothingOnAMachineWithoutANetwork() throws Exception {
		fake("ip", "echo '192.0.2.1 dev lo src 127.0.0.1 uid 0'");
		fake("hostname", "echo '127.0.0.1'");
		assertThat(run("nordpark_lan_address")).isEmpty();
	}

	@Test
	void makesTheLivePageAddressOfAPublicUrl() throws Exception {
		assertThat(run("nordpark_live_url https://nordpark.example")).isEqualTo("https://nordpark.example/live/");
		assertThat(run("nordpark_live_url https://example.org/city/")).isEqualTo("https://example.org/city/live/");
		assertThat(run("nordpark_live_url https://example.org/live")).isEqualTo("https://example.org/live/");
		assertThat(run("nordpark_live_url https://example.org/live/")).isEqualTo("https://example.org/live/");
	}

	private void fake(String command, String body) throws IOException {
		Path file = this.bin.resolve(command);
		Files.writeString(file, "#!/bin/sh\n" + body + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
	}

	private String run(String script) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". scripts/lib/network.sh && " + script)
			.directory(ROOT.toFile())
			.redirectErrorStream(true);
		builder.environment().put("PATH", this.bin + ":/usr/bin:/bin");
		Process process = builder.start();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
	}

}
