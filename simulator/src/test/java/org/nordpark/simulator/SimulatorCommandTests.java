package org.nordpark.simulator;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorCommandTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void mapsOptionsToSpringPropertiesAndPassesTheRestThrough() {
		String[] args = parse("--mode", "backfill-then-live", "--backfill", "P7D", "--speed", "60", "--live-start",
				"13:00", "--scale", "3", "--seed", "42", "--format", "protobuf", "--broker", "tcp://127.0.0.1:11883",
				"--exit-when-done", "--server.port=18083");
		assertThat(args).containsExactly("--nordpark.simulator.mode=backfill-then-live",
				"--nordpark.simulator.backfill=P7D", "--nordpark.simulator.speed=60",
				"--nordpark.simulator.live-start=13:00", "--nordpark.simulator.scale=3", "--nordpark.simulator.seed=42",
				"--nordpark.simulator.format=protobuf", "--nordpark.mqtt.broker-uri=tcp://127.0.0.1:11883",
				"--nordpark.simulator.exit-when-done=true", "--server.port=18083");
	}

	@Test
	void helpPrintsTheOptionsAndStartsNothing() {
		assertThat(parse("--help")).isNull();
		assertThat(this.out.toString()).contains("--speed=FACTOR").contains("--scale=N").contains("--backfill");
	}

	@Test
	void anOptionWithoutItsValueIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--speed")).withMessageContaining("--speed");
	}

	private String[] parse(String... args) {
		return SimulatorCommand.parse(args, new PrintWriter(this.out, true), new PrintWriter(this.err, true));
	}

}
